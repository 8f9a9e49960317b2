package se.larcentra.demo.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.Role;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.centre.entity.LearningCentre;

/**
 * The demo's accounts, in the demo data only, each carrying the demo mark: {@code learner1}…{@code learner5}, {@code teacher1},
 * {@code tutor1}, {@code coordinator1} (the centres in Torsby) and {@code admin}, all with the
 * password {@code larcentra-demo}. Loaded once per database, like the catalogue. The learners start
 * with no enrolments; teacher1 teaches three offerings hosted in Torsby that are open for
 * application, one of which asks for approval of each application.
 */
@Stateless
public class DemoAccounts {

    static final String DATA_SET = "demo-accounts";
    public static final String PASSWORD = "larcentra-demo";
    /**
     * PBKDF2-HMAC-SHA256, 600 000 iterations, of {@value #PASSWORD}: precomputed so that loading the
     * demo does not spend seconds hashing the same documented password nine times.
     */
    static final String PASSWORD_HASH = "pbkdf2-sha256$600000$4btZEnqCm0NnGOO3zw9A5w==$CWFFXzY8prwt8t0NzhMgtPp+RBqXnyiq5M/v4/IPEUg=";
    static final String TORSBY = "1737";

    private record Person(String username, String name, String language, Set<Role> roles) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("learner1", "Anna Lindqvist", "sv", EnumSet.of(Role.LEARNER)),
            new Person("learner2", "Erik Nilsson", "sv", EnumSet.of(Role.LEARNER)),
            new Person("learner3", "Fatima Hassan", "en", EnumSet.of(Role.LEARNER)),
            new Person("learner4", "Johan Berg", "sv", EnumSet.of(Role.LEARNER)),
            new Person("learner5", "Sara Olsson", "en", EnumSet.of(Role.LEARNER)),
            new Person("teacher1", "Karin Ek", "sv", EnumSet.of(Role.TEACHER)),
            new Person("tutor1", "Lars Holm", "sv", EnumSet.of(Role.TUTOR)),
            new Person("coordinator1", "Maria Svensson", "sv", EnumSet.of(Role.COORDINATOR)),
            new Person("admin", "Per Andersson", "sv", EnumSet.of(Role.ADMINISTRATOR)));

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Creates the demo accounts the first time; later, brings back any that a start without demo
     * data retired. Returns what it did, if anything.
     */
    public Optional<String> loadOnce() {
        if (!DataSets.claim(em, DATA_SET, clock.instant(), java.time.LocalDate.now(clock))) {
            long restored = demoAccounts().stream().filter(a -> a.restoreDemo(PASSWORD_HASH)).count();
            return restored == 0 ? Optional.empty() : Optional.of(restored + " retired demo accounts restored");
        }
        List<LearningCentre> torsby = em.createQuery(
                "SELECT c FROM LearningCentre c WHERE c.municipality.code = :code ORDER BY c.id", LearningCentre.class)
                .setParameter("code", TORSBY).getResultList();
        List<Offering> taught = em.createQuery("SELECT DISTINCT o FROM Offering o JOIN o.hostingCentres c "
                + "WHERE c.municipality.code = :code AND o.cancelled = FALSE ORDER BY o.id", Offering.class)
                .setParameter("code", TORSBY).getResultStream()
                .filter(o -> o.isOpenForApplicationAt(clock.instant()) && o.getPlaces().isPresent())
                .limit(3).toList();
        if (!taught.isEmpty()) {
            taught.get(taught.size() - 1).requireApproval(true);
        }
        for (Person person : PEOPLE) {
            Account account = Account.demo(person.username(), person.username() + "@demo.larcentra.se", person.name(),
                    person.language(), person.roles(), PASSWORD_HASH);
            account.confirmEmail(clock.instant());
            if (person.roles().contains(Role.LEARNER)) {
                account.liveIn(TORSBY);
            }
            if (person.roles().contains(Role.COORDINATOR)) {
                account.coordinate(torsby);
            }
            if (person.roles().contains(Role.TEACHER)) {
                account.teach(taught);
            }
            em.persist(account);
        }
        return Optional.of(PEOPLE.size() + " demo accounts (password " + PASSWORD + "); teacher1 teaches offerings "
                + taught.stream().map(Offering::getId).toList());
    }

    /**
     * On a server without demo data: every account carrying the demo mark is deactivated, its
     * password removed, its sessions ended, its tokens revoked and its links used up. Returns how
     * many were still usable (zero once they are all retired).
     */
    public int retireAll() {
        int retired = 0;
        for (Account account : demoAccounts()) {
            if (account.retireDemo()) {
                retired++;
            }
        }
        if (retired > 0) {
            em.createQuery("UPDATE ApiToken t SET t.revokedAt = :now WHERE t.revokedAt IS NULL AND t.account.demo = TRUE")
                    .setParameter("now", clock.instant()).executeUpdate();
            em.createQuery("UPDATE OneTimeLink l SET l.usedAt = :now WHERE l.usedAt IS NULL AND l.account.demo = TRUE")
                    .setParameter("now", clock.instant()).executeUpdate();
        }
        return retired;
    }

    private List<Account> demoAccounts() {
        return em.createQuery("SELECT a FROM Account a WHERE a.demo = TRUE ORDER BY a.id", Account.class).getResultList();
    }
}

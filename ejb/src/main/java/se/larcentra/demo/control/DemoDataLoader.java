package se.larcentra.demo.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.centre.entity.Municipality;

/**
 * Persists the demo catalogue in one transaction, and records that it did so in {@code data_set};
 * the row's primary key makes a second, concurrent load fail instead of duplicating the data.
 */
@Stateless
public class DemoDataLoader {

    static final String DATA_SET = "demo";

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Clock clock;

    /** Loads the demo unless it is there already; returns a summary of what was loaded. */
    public Optional<String> loadOnce() {
        LocalDate anchor = LocalDate.now(clock.withZone(ApplicationWindow.SWEDEN));
        if (!DataSets.claim(em, DATA_SET, clock.instant(), anchor)) {
            return Optional.empty();
        }
        Map<String, Municipality> municipalities = em.createNamedQuery("Municipality.all", Municipality.class)
                .setLockMode(LockModeType.NONE)
                .getResultList().stream()
                .collect(Collectors.toMap(Municipality::getCode, Function.identity()));
        var demo = new DemoCatalogGenerator(municipalities, anchor).generate();
        demo.centres().forEach(em::persist);
        demo.rooms().forEach(em::persist);
        demo.providers().forEach(em::persist);
        demo.courses().forEach(em::persist);
        demo.offerings().forEach(em::persist);
        em.flush();
        return Optional.of("%d centres, %d rooms, %d providers, %d courses, %d offerings around %s".formatted(
                demo.centres().size(), demo.rooms().size(), demo.providers().size(), demo.courses().size(),
                demo.offerings().size(), anchor));
    }
}

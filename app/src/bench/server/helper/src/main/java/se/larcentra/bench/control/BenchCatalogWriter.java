package se.larcentra.bench.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.CourseText;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.platform.entity.ExternalRef;

/**
 * Stores generated benchmark data, each call in a transaction of its own, so that a large catalogue
 * is written in batches of a few thousand offerings. Inserts go through JPA like any other change,
 * so the search change log records them and the index follows by itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BenchCatalogWriter {

    /** More providers than the demo's 16: adult education in every municipality, a few more schools. */
    private record ProviderSpec(String key, String name, ProviderType type, String home) {
    }

    private static final List<ProviderSpec> EXTRA_PROVIDERS = List.of(
            new ProviderSpec("oru", "Örebro universitet", ProviderType.UNIVERSITY, null),
            new ProviderSpec("geijerskolan", "Geijerskolan", ProviderType.FOLK_HIGH_SCHOOL, "1762"),
            new ProviderSpec("kristinehamns-fhsk", "Kristinehamns folkhögskola", ProviderType.FOLK_HIGH_SCHOOL, "1781"),
            new ProviderSpec("molkoms-fhsk", "Molkoms folkhögskola", ProviderType.FOLK_HIGH_SCHOOL, "1780"),
            new ProviderSpec("karlskoga-fhsk", "Karlskoga folkhögskola", ProviderType.FOLK_HIGH_SCHOOL, "1883"),
            new ProviderSpec("yh-saffle", "YH Säffle", ProviderType.YH, "1785"),
            new ProviderSpec("etc-filipstad", "Energi- och teknikcentrum Filipstad", ProviderType.YH, "1782"),
            new ProviderSpec("larcentrum-sunne", "Lärcentrum Sunne", ProviderType.LEARNING_CENTRE, "1766"),
            new ProviderSpec("larcentrum-arjang", "Lärcentrum Årjäng", ProviderType.LEARNING_CENTRE, "1765"),
            new ProviderSpec("abf-varmland", "ABF Värmland", ProviderType.OTHER, "1780"),
            new ProviderSpec("studieframjandet-varmland", "Studiefrämjandet Värmland", ProviderType.OTHER, "1784"),
            new ProviderSpec("medborgarskolan-varmland", "Medborgarskolan Värmland", ProviderType.OTHER, "1781"));

    /** What one batch added. */
    public record Batch(int courses, int offerings) {
    }

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    public long offeringCount() {
        return em.createNamedQuery("Offering.count", Long.class).getSingleResult();
    }

    /** How many benchmark courses exist: the number the next one gets. */
    public long benchCourseCount() {
        return em.createQuery("SELECT COUNT(c) FROM Course c WHERE c.externalRef.source = :source", Long.class)
                .setParameter("source", BenchCatalogGenerator.SOURCE).getSingleResult();
    }

    /** Adds the benchmark's providers unless they are there; needs the municipalities and centres. */
    public void addProvidersOnce() {
        Map<String, Municipality> municipalities = municipalities();
        List<ProviderSpec> specs = new ArrayList<>(EXTRA_PROVIDERS);
        municipalities.values().forEach(m -> specs.add(new ProviderSpec("vux-" + m.getCode(),
                "Vuxenutbildningen i " + m.getName(), ProviderType.KOMVUX, m.getCode())));
        for (ProviderSpec spec : specs) {
            long present = em.createNamedQuery("Provider.byExternalRef", Provider.class)
                    .setParameter("source", BenchCatalogGenerator.SOURCE)
                    .setParameter("externalId", "provider-" + spec.key())
                    .getResultList().size();
            if (present == 0) {
                Provider provider = new Provider(spec.name(), spec.type());
                provider.identifyAs(new ExternalRef(BenchCatalogGenerator.SOURCE, "provider-" + spec.key()));
                em.persist(provider);
            }
        }
    }

    /**
     * Adds benchmark courses from number {@code firstCourse} on, with their offerings, until
     * {@code offerings} offerings have been added (the last course may get fewer runs than it would).
     */
    public Batch addCourses(long firstCourse, int offerings, LocalDate anchor) {
        List<LearningCentre> centres = em.createNamedQuery("LearningCentre.active", LearningCentre.class).getResultList();
        if (centres.isEmpty()) {
            throw new IllegalStateException("no learning centres: start the benchmark domain with LARCENTRA_DEMO=true");
        }
        List<Provider> all = em.createNamedQuery("Provider.all", Provider.class).getResultList();
        Map<ProviderType, List<Provider>> byType = new EnumMap<>(ProviderType.class);
        Map<Long, String> homes = new HashMap<>();
        Map<String, Municipality> municipalities = municipalities();
        for (Provider provider : all) {
            byType.computeIfAbsent(provider.getType(), t -> new ArrayList<>()).add(provider);
            String home = homeOf(provider, municipalities);
            if (home != null) {
                homes.put(provider.getId(), home);
            }
        }
        BenchCatalogGenerator generator = new BenchCatalogGenerator(byType, homes, centres, anchor);
        int courses = 0;
        int added = 0;
        for (long number = firstCourse; added < offerings; number++) {
            var generated = generator.course(number, offerings - added);
            em.persist(generated.course());
            generated.offerings().forEach(em::persist);
            courses++;
            added += generated.offerings().size();
        }
        em.flush();
        return new Batch(courses, added);
    }

    private Map<String, Municipality> municipalities() {
        Map<String, Municipality> byCode = new HashMap<>();
        em.createNamedQuery("Municipality.all", Municipality.class).getResultList().forEach(m -> byCode.put(m.getCode(), m));
        return byCode;
    }

    /** Where a provider's campus courses are: its spec's home, else a municipality its name mentions. */
    private static String homeOf(Provider provider, Map<String, Municipality> municipalities) {
        var ref = provider.getExternalRef();
        if (ref.isPresent() && ref.get().source().equals(BenchCatalogGenerator.SOURCE)) {
            String key = ref.get().externalId().substring("provider-".length());
            if (key.startsWith("vux-")) {
                return key.substring(4);
            }
            return EXTRA_PROVIDERS.stream().filter(s -> s.key().equals(key)).findFirst().map(ProviderSpec::home).orElse(null);
        }
        String name = provider.getName().toLowerCase(Locale.ROOT);
        return municipalities.values().stream()
                .filter(m -> name.contains(m.getName().toLowerCase(Locale.ROOT)))
                .map(Municipality::getCode).sorted().findFirst().orElse(null);
    }

    /**
     * Renames one benchmark course (its Swedish title gets {@code word} at the end) and commits: a
     * change whose way into search the benchmark times. Returns how many of the course's offerings
     * search shows (not cancelled, not finished by {@code today}).
     */
    public long renameCourse(long courseNumber, String word, LocalDate today) {
        Course course = em.createQuery("SELECT c FROM Course c WHERE c.externalRef.source = :source ORDER BY c.id", Course.class)
                .setParameter("source", BenchCatalogGenerator.SOURCE).setFirstResult((int) courseNumber).setMaxResults(1).getSingleResult();
        Map<String, CourseText> texts = new HashMap<>(course.getTexts());
        CourseText swedish = texts.get("sv");
        String title = swedish.title().replaceAll(" \\p{Alpha}*zq$", "");
        texts.put("sv", new CourseText(title + " " + word, swedish.description()));
        course.describe(texts);
        return em.createQuery("SELECT COUNT(o) FROM Offering o WHERE o.course = :course AND o.cancelled = FALSE "
                + "AND o.endDate >= :today", Long.class)
                .setParameter("course", course).setParameter("today", today).getSingleResult();
    }
}

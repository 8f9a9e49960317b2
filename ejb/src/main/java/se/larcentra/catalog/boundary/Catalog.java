package se.larcentra.catalog.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.larcentra.catalog.control.CatalogLoading;
import se.larcentra.catalog.control.OfferingQueries;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.platform.boundary.ResultPage;
import se.larcentra.platform.entity.SwedishSortKey;

/**
 * The regional catalogue, open to everybody (anonymous visitors included): learning centres,
 * providers, courses and offerings.
 *
 * <p>Every list has a stable order with ties broken by id, so paging never shows a record twice or
 * skips one. Entities leave this boundary detached with what the pages and the API show already
 * loaded. {@code findX} returns an empty {@link Optional} for an unknown id; {@code getX} throws the
 * component's typed {@link se.larcentra.platform.boundary.NotFoundException}.
 */
@Stateless
@PermitAll
public class Catalog {

    public static final int MAX_PAGE_SIZE = 100;
    private static final Comparator<String> SWEDISH_ORDER = Comparator.comparing(SwedishSortKey::of);

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    OfferingQueries offeringQueries;

    /** The 18 municipalities the service covers, in Swedish alphabetical order of their names. */
    public List<Municipality> municipalities() {
        return em.createNamedQuery("Municipality.all", Municipality.class).getResultList().stream()
                .sorted(Comparator.comparing(Municipality::getName, SWEDISH_ORDER).thenComparing(Municipality::getCode))
                .toList();
    }

    /**
     * Active learning centres ordered by their municipality's name (Swedish alphabetical order, which
     * no database collation here guarantees: the list is short, so it is sorted here), then id; rooms
     * not loaded.
     */
    public List<LearningCentre> centres() {
        return em.createNamedQuery("LearningCentre.active", LearningCentre.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.names")
                .getResultList().stream()
                .map(CatalogLoading::loadSummary)
                .sorted(Comparator.comparing((LearningCentre c) -> c.getMunicipality().getName(), SWEDISH_ORDER)
                        .thenComparing(LearningCentre::getId))
                .toList();
    }

    /** A centre with its opening hours and rooms. */
    public Optional<LearningCentre> findCentre(long id) {
        return Optional.ofNullable(em.find(LearningCentre.class, id)).map(CatalogLoading::loadWithRooms);
    }

    public LearningCentre getCentre(long id) {
        return findCentre(id).orElseThrow(() -> new CentreNotFoundException(id));
    }

    public List<Provider> providers() {
        return em.createNamedQuery("Provider.all", Provider.class).getResultList();
    }

    public Provider getProvider(long id) {
        return Optional.ofNullable(em.find(Provider.class, id)).orElseThrow(() -> new ProviderNotFoundException(id));
    }

    public Course getCourse(long id) {
        Course course = Optional.ofNullable(em.find(Course.class, id)).orElseThrow(() -> new CourseNotFoundException(id));
        course.getTexts().size();
        course.getProvider().getName();
        return course;
    }

    /**
     * One page of all offerings.
     *
     * @param page     from 0
     * @param size     1 to {@value #MAX_PAGE_SIZE}
     * @param order    the order, ties broken by id
     * @param language the language whose titles order the list ({@code sv}, {@code en}); titles
     *                 missing in it sort by their Swedish, then English, form
     */
    public ResultPage<Offering> offerings(@Min(0) int page, @Min(1) @Max(MAX_PAGE_SIZE) int size,
            @NotNull OfferingOrder order, @NotNull @Pattern(regexp = "[a-z]{2}") String language) {
        long total = offeringQueries.count();
        List<Offering> items = (long) page * size >= total ? List.of() : offeringQueries.page(page, size, order, language);
        return new ResultPage<>(items, total, page, size);
    }

    /** An offering with its course, provider and hosting centres. */
    public Optional<Offering> findOffering(long id) {
        return Optional.ofNullable(em.find(Offering.class, id)).map(CatalogLoading::loadForDisplay);
    }

    public Offering getOffering(long id) {
        return findOffering(id).orElseThrow(() -> new OfferingNotFoundException(id));
    }

    public long offeringCount() {
        return offeringQueries.count();
    }
}

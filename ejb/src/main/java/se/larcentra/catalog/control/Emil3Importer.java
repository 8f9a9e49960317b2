package se.larcentra.catalog.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.larcentra.catalog.boundary.ImportReport.Kind;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.CourseCode;
import se.larcentra.catalog.entity.CourseText;
import se.larcentra.catalog.entity.CreditSystem;
import se.larcentra.catalog.entity.Fee;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.Pace;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.catalog.entity.StudyLevel;
import se.larcentra.catalog.entity.StudyMode;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.platform.entity.ExternalRef;

/**
 * Writes an {@link Emil3Document} into the catalogue in the caller's transaction (or a new one):
 * providers, then courses, then offerings, so records may refer to ones defined later in the file.
 * Records are keyed on source {@value Emil3Mapping#SOURCE} and their EMIL3 identifier: one imported
 * before is updated, never duplicated. What each field becomes is decided in {@link Emil3Mapping}.
 *
 * <p>An EducationInfo carries no provider of its own; a new course gets the provider the first of
 * its events (in file order) names. A course that is new and has no event with a known provider in
 * the same import is rejected; so is an event whose course, or every provider it names, is neither
 * in the file nor in the database. The rest of the file still imports.
 *
 * <p>After the records, each provider the file touched gets the type its courses' levels call for.
 * A record that matched already is counted as unchanged. Learning centres are never created:
 * hosting uses the active ones there are.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Emil3Importer {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Clock clock;

    /** Imports the document; throws (and the transaction rolls back) only on database failures. */
    public ImportTally apply(Emil3Document document) {
        return new Run(document, clock.instant()).apply();
    }

    private record ProviderState(String name, ProviderType type, String website) {

        static ProviderState of(Provider p) {
            return new ProviderState(p.getName(), p.getType(), p.getWebsite());
        }
    }

    private record CourseState(Long providerId, CourseCode code, Map<String, CourseText> texts, String subject,
            StudyLevel level, BigDecimal credits, CreditSystem creditSystem) {

        static CourseState of(Course c) {
            return new CourseState(c.getProvider().getId(), c.getCode(), c.getTexts(), c.getSubject(), c.getLevel(),
                    c.getCredits().map(BigDecimal::stripTrailingZeros).orElse(null), c.getCreditSystem());
        }
    }

    private record OfferingState(Long courseId, LocalDate start, LocalDate end, Pace pace, StudyMode mode, int onSite,
            int remote, Set<Long> centres, Integer places, ApplicationWindow window, Fee fee, String language,
            boolean cancelled) {

        static OfferingState of(Offering o) {
            return new OfferingState(o.getCourse().getId(), o.getStartDate(), o.getEndDate(), o.getPace(), o.getMode(),
                    o.getMandatoryOnSiteSessions(), o.getMandatoryRemoteSessions(),
                    o.getHostingCentres().stream().map(LearningCentre::getId).collect(Collectors.toSet()),
                    o.getPlaces().orElse(null), o.getApplicationWindow(), o.getFee(), o.getInstructionLanguage(),
                    o.isCancelled());
        }
    }

    /** One import: the records by identifier, those existing before with their state then. */
    private final class Run {

        private final Emil3Document document;
        private final ImportTally tally;
        private final Instant now;
        private final LocalDate today;

        private final Map<String, Provider> providers;
        private final Map<String, Course> courses;
        private final Map<String, Offering> offerings;
        private final Map<String, ProviderState> providersBefore = new HashMap<>();
        private final Map<String, CourseState> coursesBefore = new HashMap<>();
        private final Map<String, OfferingState> offeringsBefore = new HashMap<>();
        private final Set<String> rejectedProviders = new HashSet<>();
        private final Set<String> rejectedCourses = new HashSet<>();
        /** Identifiers of the file's records that were applied, in file order. */
        private final Map<Kind, Set<String>> applied = new EnumMap<>(Kind.class);

        Run(Emil3Document document, Instant now) {
            this.document = document;
            this.tally = new ImportTally(document.rejected(), document.warnings());
            this.now = now;
            this.today = LocalDate.ofInstant(now, ApplicationWindow.SWEDEN);
            for (Kind kind : List.of(Kind.PROVIDER, Kind.COURSE, Kind.OFFERING)) {
                applied.put(kind, new LinkedHashSet<>());
            }

            Set<String> providerIds = new LinkedHashSet<>();
            document.providers().forEach(p -> providerIds.add(p.identifier()));
            document.events().forEach(e -> providerIds.addAll(e.providers()));
            Set<String> courseIds = new LinkedHashSet<>();
            document.educations().forEach(c -> courseIds.add(c.identifier()));
            document.events().stream().map(Emil3Document.Event::education).filter(Objects::nonNull).forEach(courseIds::add);
            Set<String> eventIds = document.events().stream().map(Emil3Document.Event::identifier)
                    .collect(Collectors.toCollection(LinkedHashSet::new));

            providers = existing(Provider.class, providerIds, Provider::getExternalRef, List.of());
            courses = existing(Course.class, courseIds, Course::getExternalRef, List.of("e.texts"));
            offerings = existing(Offering.class, eventIds, Offering::getExternalRef, List.of("e.hostingCentres"));
            providers.forEach((id, p) -> providersBefore.put(id, ProviderState.of(p)));
            courses.forEach((id, c) -> coursesBefore.put(id, CourseState.of(c)));
            offerings.forEach((id, o) -> offeringsBefore.put(id, OfferingState.of(o)));
        }

        ImportTally apply() {
            importProviders();
            importCourses();
            importEvents();
            retypeProviders();
            em.flush();
            settle(Kind.PROVIDER, providers, providersBefore, ProviderState::of);
            settle(Kind.COURSE, courses, coursesBefore, CourseState::of);
            settle(Kind.OFFERING, offerings, offeringsBefore, OfferingState::of);
            return tally;
        }

        private void importProviders() {
            for (Emil3Document.Provider record : document.providers()) {
                String id = record.identifier();
                Emil3Mapping.ProviderPlan plan;
                try {
                    plan = Emil3Mapping.provider(record, warnings(Kind.PROVIDER, id, record.line()));
                } catch (Emil3Mapping.Rejected e) {
                    tally.reject(Kind.PROVIDER, id, record.line(), e.getMessage());
                    rejectedProviders.add(id);
                    continue;
                }
                Provider provider = providers.get(id);
                if (provider == null) {
                    // The type follows from its courses, once they are in (retypeProviders).
                    provider = new Provider(plan.name(), ProviderType.OTHER);
                    provider.identifyAs(new ExternalRef(Emil3Mapping.SOURCE, id));
                    em.persist(provider);
                    providers.put(id, provider);
                } else {
                    provider.change(plan.name(), provider.getType());
                }
                provider.setWebsite(plan.website());
                applied.get(Kind.PROVIDER).add(id);
            }
        }

        private void importCourses() {
            // An EducationInfo names no provider; its events do.
            Map<String, String> providerOfCourse = new HashMap<>();
            Map<String, Set<String>> namedByEvents = new HashMap<>();
            for (Emil3Document.Event event : document.events()) {
                if (event.education() == null) {
                    continue;
                }
                namedByEvents.computeIfAbsent(event.education(), k -> new TreeSet<>()).addAll(event.providers());
                event.providers().stream().filter(providers::containsKey).findFirst()
                        .ifPresent(p -> providerOfCourse.putIfAbsent(event.education(), p));
            }
            for (Emil3Document.Education record : document.educations()) {
                String id = record.identifier();
                Emil3Mapping.CoursePlan plan;
                try {
                    plan = Emil3Mapping.course(record, warnings(Kind.COURSE, id, record.line()));
                } catch (Emil3Mapping.Rejected e) {
                    tally.reject(Kind.COURSE, id, record.line(), e.getMessage());
                    rejectedCourses.add(id);
                    continue;
                }
                Course course = courses.get(id);
                if (course == null) {
                    String providerId = providerOfCourse.get(id);
                    if (providerId == null) {
                        Set<String> named = namedByEvents.getOrDefault(id, Set.of());
                        tally.reject(Kind.COURSE, id, record.line(), named.isEmpty()
                                ? "new course without a provider: an EducationInfo names none, and no EducationEvent in"
                                        + " this import names this course and its provider"
                                : "new course without a provider: its events name only unknown providers " + named);
                        rejectedCourses.add(id);
                        continue;
                    }
                    course = new Course(providers.get(providerId), plan.code(), plan.texts(), plan.subject(), plan.level());
                    course.identifyAs(new ExternalRef(Emil3Mapping.SOURCE, id));
                    course.award(plan.credits(), plan.creditSystem());
                    em.persist(course);
                    courses.put(id, course);
                } else {
                    if (!course.getCode().equals(plan.code())) {
                        tally.warn(Kind.COURSE, id, record.line(), "the course code is now " + plan.code()
                                + " in the source; the catalogue keeps " + course.getCode());
                    }
                    course.describe(plan.texts());
                    course.classify(plan.subject(), plan.level());
                    course.award(plan.credits(), plan.creditSystem());
                }
                applied.get(Kind.COURSE).add(id);
            }
        }

        private void importEvents() {
            List<Emil3Mapping.CentreRef<LearningCentre>> centres = em
                    .createNamedQuery("LearningCentre.active", LearningCentre.class).getResultList().stream()
                    .map(c -> new Emil3Mapping.CentreRef<>(c, c.getMunicipality().getCode(), c.getLocation()))
                    .toList();
            for (Emil3Document.Event record : document.events()) {
                String id = record.identifier();
                Consumer<String> warn = warnings(Kind.OFFERING, id, record.line());
                Course course = record.education() == null ? null : courses.get(record.education());
                if (course == null) {
                    tally.reject(Kind.OFFERING, id, record.line(), record.education() == null
                            ? "no education (course) identifier"
                            : rejectedCourses.contains(record.education())
                                    ? "its course " + record.education() + " was rejected"
                                    : "unknown course " + record.education() + ": neither in this import nor imported before");
                    continue;
                }
                if (!record.providers().isEmpty()) {
                    List<String> known = record.providers().stream().filter(providers::containsKey).toList();
                    if (known.isEmpty()) {
                        boolean rejected = record.providers().stream().anyMatch(rejectedProviders::contains);
                        tally.reject(Kind.OFFERING, id, record.line(), (rejected ? "its provider was rejected: "
                                : "unknown provider: neither in this import nor imported before: ") + record.providers());
                        continue;
                    }
                    String owner = course.getProvider().getExternalRef()
                            .filter(ref -> ref.source().equals(Emil3Mapping.SOURCE)).map(ExternalRef::externalId).orElse(null);
                    if (owner != null && !known.contains(owner)) {
                        warn.accept("its course belongs to provider " + owner + ", the event names " + known
                                + "; the catalogue keeps the course's provider");
                    }
                }
                Emil3Mapping.OfferingPlan plan;
                try {
                    plan = Emil3Mapping.offering(record, now, today, warn);
                } catch (Emil3Mapping.Rejected e) {
                    tally.reject(Kind.OFFERING, id, record.line(), e.getMessage());
                    continue;
                }
                List<LearningCentre> hosts = Emil3Mapping.hostingCentres(plan.mode(), plan.locations(), centres);
                if (hosts.isEmpty()) {
                    warn.accept(noHostReason(plan));
                }
                Offering offering = offerings.get(id);
                boolean isNew = offering == null;
                if (isNew) {
                    offering = new Offering(course, plan.start(), plan.end(), plan.pace(), plan.mode(), plan.window());
                    offering.identifyAs(new ExternalRef(Emil3Mapping.SOURCE, id));
                } else {
                    if (!offering.getCourse().equals(course)) {
                        warn.accept("the source moved it to course " + record.education()
                                + "; the catalogue keeps it on its course " + offering.getCourse().getExternalRef()
                                        .map(ExternalRef::externalId).orElse(String.valueOf(offering.getCourse().getId())));
                    }
                    offering.reschedule(plan.start(), plan.end());
                    offering.changePace(plan.pace());
                    offering.changeApplicationWindow(plan.window());
                }
                offering.changeMode(plan.mode(), plan.onSiteSessions(), plan.remoteSessions());
                offering.hostAt(hosts);
                offering.offerPlaces(plan.places());
                offering.charge(plan.fee());
                offering.teachIn(plan.language());
                if (plan.cancelled()) {
                    offering.cancel();
                } else if (offering.isCancelled()) {
                    warn.accept("cancelled in the catalogue, and the source no longer says so; it stays cancelled");
                }
                if (isNew) {
                    em.persist(offering);
                    offerings.put(id, offering);
                }
                applied.get(Kind.OFFERING).add(id);
            }
        }

        private String noHostReason(Emil3Mapping.OfferingPlan plan) {
            if (plan.mode() == StudyMode.DISTANCE) {
                return "there are no active learning centres; the offering has no hosting centre";
            }
            Set<String> areas = plan.locations().stream().map(Emil3Document.Location::areaCode).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new));
            String where = areas.isEmpty() ? (plan.locations().isEmpty() ? "it has no location"
                    : "no learning centre within " + (int) Emil3Mapping.NEARBY_KM + " km of its location")
                    : "no learning centre in municipality " + String.join(", ", areas);
            return plan.mode().name().toLowerCase(Locale.ROOT) + " offering: " + where + "; it has no hosting centre";
        }

        /** Gives each provider whose courses the import touched the type its courses' levels call for. */
        private void retypeProviders() {
            Map<Long, Provider> touched = new LinkedHashMap<>();
            applied.get(Kind.PROVIDER).forEach(id -> touched.put(providers.get(id).getId(), providers.get(id)));
            applied.get(Kind.COURSE).forEach(id -> touched.put(courses.get(id).getProvider().getId(), courses.get(id).getProvider()));
            if (touched.isEmpty()) {
                return;
            }
            em.flush();
            Map<Long, Map<StudyLevel, Long>> levels = new HashMap<>();
            for (List<Long> chunk : chunks(touched.keySet())) {
                List<Object[]> rows = em.createQuery("SELECT c.provider.id, c.level, COUNT(c) FROM Course c"
                        + " WHERE c.provider.id IN :ids GROUP BY c.provider.id, c.level", Object[].class)
                        .setParameter("ids", chunk).getResultList();
                for (Object[] row : rows) {
                    levels.computeIfAbsent((Long) row[0], k -> new EnumMap<>(StudyLevel.class))
                            .put((StudyLevel) row[1], ((Number) row[2]).longValue());
                }
            }
            touched.forEach((id, provider) -> Emil3Mapping.providerType(levels.getOrDefault(id, Map.of()))
                    .filter(type -> type != provider.getType())
                    .ifPresent(type -> provider.change(provider.getName(), type)));
        }

        /** Counts each applied record as created, updated or unchanged. */
        private <T> void settle(Kind kind, Map<String, T> records, Map<String, ?> before, Function<T, ?> state) {
            Set<String> inFile = applied.get(kind);
            for (String id : inFile) {
                Object then = before.get(id);
                if (then == null) {
                    tally.created(kind);
                } else if (then.equals(state.apply(records.get(id)))) {
                    tally.unchanged(kind);
                } else {
                    tally.updated(kind);
                }
            }
        }

        private Consumer<String> warnings(Kind kind, String id, int line) {
            return message -> tally.warn(kind, id, line, message);
        }

        private <T> Map<String, T> existing(Class<T> type, Collection<String> ids,
                Function<T, Optional<ExternalRef>> ref, List<String> batchFetch) {
            Map<String, T> found = new HashMap<>();
            for (List<String> chunk : chunks(ids)) {
                var query = em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.externalRef.source = :source"
                        + " AND e.externalRef.externalId IN :ids", type)
                        .setParameter("source", Emil3Mapping.SOURCE)
                        .setParameter("ids", chunk);
                if (!batchFetch.isEmpty()) {
                    query.setHint("eclipselink.batch.type", "IN");
                    batchFetch.forEach(path -> query.setHint("eclipselink.batch", path));
                }
                query.getResultList().forEach(record -> found.put(ref.apply(record).orElseThrow().externalId(), record));
            }
            return found;
        }
    }

    private static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            chunks.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return chunks;
    }
}

package se.larcentra.search.control;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.enrolment.entity.Enrolment;
import se.larcentra.search.entity.SearchChange;

/**
 * What search watches, and what a change to it means for the index. An offering's search document
 * shows the offering, its course and the course's provider, its hosting centres, and how many of its
 * enrolments hold a seat or wait for one. A change to any of these records becomes a row of the
 * change log naming the record (an enrolment names its offering); the index then reads again every
 * offering the record touches.
 */
final class WatchedRecords {

    /** A change-log row to be: which record changed. */
    record Change(SearchChange.Kind kind, long entityId) {
    }

    private static final Map<Class<?>, SearchChange.Kind> KINDS = Map.of(
            Offering.class, SearchChange.Kind.OFFERING,
            Course.class, SearchChange.Kind.COURSE,
            Provider.class, SearchChange.Kind.PROVIDER,
            LearningCentre.class, SearchChange.Kind.CENTRE);

    /**
     * The tables behind those records, each with the columns that matter to search. The offering's
     * seat and waitlist counts are kept with SQL by the enrolment component, and change only with an
     * enrolment's state, which is watched; its waitlist ticket counter is not shown. Of an enrolment
     * only its state and offering matter (they move the counts).
     */
    private static final Map<String, Predicate<String>> TABLES = Map.of(
            "offering", column -> !Set.of("admitted_count", "waitlist_count", "waitlist_counter").contains(column),
            "offering_centre", column -> true,
            "course", column -> true,
            "course_text", column -> true,
            "provider", column -> true,
            "learning_centre", column -> true,
            "centre_name", column -> true,
            "enrolment", Set.of("status", "offering_id")::contains);

    private WatchedRecords() {
    }

    /** Whether search watches records of {@code type}. */
    static boolean isWatched(Class<?> type) {
        return KINDS.containsKey(type) || type == Enrolment.class;
    }

    /**
     * The change-log row for an inserted, updated or deleted record, if search shows it.
     *
     * @param id the record's primary key
     * @param record the record itself, where it is at hand (an enrolment's offering is read from it)
     */
    static Optional<Change> changeOf(Class<?> type, Object id, Supplier<Object> record) {
        SearchChange.Kind kind = KINDS.get(type);
        if (kind != null) {
            return id instanceof Number number ? Optional.of(new Change(kind, number.longValue())) : Optional.empty();
        }
        if (type == Enrolment.class && record.get() instanceof Enrolment enrolment
                && enrolment.getOffering() != null && enrolment.getOffering().getId() != null) {
            return Optional.of(new Change(SearchChange.Kind.OFFERING, enrolment.getOffering().getId()));
        }
        return Optional.empty();
    }

    /** Whether a hand-written statement's write would change something search shows without JPA seeing it. */
    static boolean isHiddenFromSearch(SqlWrites.Write write) {
        Predicate<String> matters = TABLES.get(write.table());
        if (matters == null) {
            return false;
        }
        return write.columns().map(columns -> columns.stream().anyMatch(matters)).orElse(true);
    }
}

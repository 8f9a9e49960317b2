package se.larcentra.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfferingTest {

    private final Course course = new Course(new Provider("Karlstads universitet", ProviderType.UNIVERSITY),
            new CourseCode("maga11"), Map.of("sv", new CourseText("Matematik I", "Grundkurs")), "mathematics",
            StudyLevel.UNIVERSITY);

    private Offering offering(LocalDate start, LocalDate end, ApplicationWindow window) {
        return new Offering(course, start, end, Pace.percent(50), StudyMode.DISTANCE, window);
    }

    private static Instant swedish(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), ApplicationWindow.SWEDEN).toInstant();
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertThatThrownBy(() -> offering(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 19),
                ApplicationWindow.continuous()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends on or after its start");
    }

    @Test
    void acceptsAOneDayOffering() {
        Offering oneDay = offering(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 20), ApplicationWindow.continuous());
        assertThat(oneDay.getEndDate()).isEqualTo(oneDay.getStartDate());
    }

    @Test
    void rejectsNegativePlaces() {
        Offering o = offering(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 6, 1), ApplicationWindow.continuous());
        assertThatThrownBy(() -> o.offerPlaces(-1)).isInstanceOf(IllegalArgumentException.class);
        o.offerPlaces(0);
        assertThat(o.getPlaces()).contains(0);
        o.offerPlaces(null);
        assertThat(o.getPlaces()).isEmpty();
    }

    @Test
    void rejectsNegativeSessionCounts() {
        Offering o = offering(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 6, 1), ApplicationWindow.continuous());
        assertThatThrownBy(() -> o.changeMode(StudyMode.BLENDED, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusFollowsTheSwedishCalendar() {
        Offering o = offering(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 6, 1),
                ApplicationWindow.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30)));
        assertThat(o.statusAt(swedish("2026-09-30T23:59"))).isEqualTo(OfferingStatus.PLANNED);
        assertThat(o.statusAt(swedish("2026-10-01T00:00"))).isEqualTo(OfferingStatus.OPEN_FOR_APPLICATION);
        assertThat(o.statusAt(swedish("2026-11-30T23:59:59"))).isEqualTo(OfferingStatus.OPEN_FOR_APPLICATION);
        assertThat(o.statusAt(swedish("2026-12-01T00:00"))).isEqualTo(OfferingStatus.PLANNED);
        assertThat(o.statusAt(swedish("2027-01-20T00:00"))).isEqualTo(OfferingStatus.RUNNING);
        assertThat(o.statusAt(swedish("2027-06-01T23:00"))).isEqualTo(OfferingStatus.RUNNING);
        assertThat(o.statusAt(swedish("2027-06-02T00:00"))).isEqualTo(OfferingStatus.FINISHED);
        o.cancel();
        assertThat(o.statusAt(swedish("2026-10-15T12:00"))).isEqualTo(OfferingStatus.CANCELLED);
    }

    @Test
    void applicationWindowEndsAtMidnightSwedishTimeNotUtc() {
        ApplicationWindow window = ApplicationWindow.between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15));
        // 23:30 UTC on 15 July is already 16 July in Stockholm (summer time, UTC+2).
        assertThat(window.isOpenAt(Instant.parse("2026-07-15T21:59:59Z"))).isTrue();
        assertThat(window.isOpenAt(Instant.parse("2026-07-15T22:00:00Z"))).isFalse();
        assertThat(window.hasClosedBy(Instant.parse("2026-07-15T22:00:00Z"))).isTrue();
        assertThat(window.isOpenAt(Instant.parse("2026-06-30T21:59:59Z"))).isFalse();
        assertThat(window.isOpenAt(Instant.parse("2026-06-30T22:00:00Z"))).isTrue();
    }

    @Test
    void rejectsAWindowThatClosesBeforeItOpens() {
        assertThatThrownBy(() -> ApplicationWindow.between(LocalDate.of(2026, 7, 2), LocalDate.of(2026, 7, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void continuousWindowIsAlwaysOpen() {
        assertThat(ApplicationWindow.continuous().isOpenAt(Instant.EPOCH)).isTrue();
        assertThat(ApplicationWindow.continuous().hasClosedBy(Instant.parse("2100-01-01T00:00:00Z"))).isFalse();
    }
}

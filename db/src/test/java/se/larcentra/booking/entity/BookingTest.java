package se.larcentra.booking.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.Role;
import se.larcentra.centre.entity.Address;
import se.larcentra.centre.entity.ClosedDay;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.centre.entity.OpeningHours;
import se.larcentra.centre.entity.Room;
import se.larcentra.centre.entity.RoomType;

class BookingTest {

    private static final Municipality TORSBY = new Municipality("1737", "Torsby", "Värmland", "Norra Värmland",
            "Torsby", new GeoPoint(60.1360, 12.9990));
    private static final LearningCentre CENTRE = new LearningCentre(TORSBY, Map.of("sv", "Lärcentrum Torsby"),
            new Address("Järnvägsgatan 8", "68531", "Torsby"), new GeoPoint(60.1340, 13.0000));
    private static final Room ROOM = CENTRE.addRoom(Map.of("sv", "Studierum 1"), RoomType.STUDY_ROOM, 4, Set.of());
    private static final Account ANNA = new Account("anna", "anna@example.org", "Anna", "sv", EnumSet.of(Role.LEARNER), AccountStatus.ACTIVE);

    /** 10:00–12:00 on Tuesday 23 March 2027, Stockholm. */
    private static final TimeRange TIME = CentreCalendarTest.local("2027-03-23T10:00", "12:00");
    private static final Instant START = TIME.start();

    private static Booking booking() {
        return Booking.confirm(ROOM, TIME, BookingPurpose.SELF_STUDY, 2, ANNA, ANNA);
    }

    @Test
    void aNewBookingIsConfirmedAndHoldsItsRoom() {
        Booking booking = booking();
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.getStatus().holdsRoom()).isTrue();
        assertThat(booking.getTime()).isEqualTo(TIME);
    }

    @Test
    void participantsAreFromOneToTheRoomsCapacity() {
        assertThatThrownBy(() -> Booking.confirm(ROOM, TIME, BookingPurpose.GROUP_WORK, 5, ANNA, ANNA))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Booking.confirm(ROOM, TIME, BookingPurpose.GROUP_WORK, 0, ANNA, ANNA))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkInOpensFifteenMinutesBeforeTheStart() {
        Booking early = booking();
        assertThatThrownBy(() -> early.checkIn(START.minusSeconds(16 * 60)))
                .isInstanceOfSatisfying(BookingStateException.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingStateException.Reason.NOT_CHECK_IN_TIME));
        Booking onTime = booking();
        onTime.checkIn(START.minusSeconds(15 * 60));
        assertThat(onTime.getStatus()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(onTime.getStatus().holdsRoom()).isTrue();
        assertThat(onTime.getCheckedInAt()).contains(START.minusSeconds(15 * 60));
        assertThatThrownBy(() -> onTime.checkIn(START)).isInstanceOf(BookingStateException.class);
    }

    @Test
    void aBookingNobodyCheckedInIsReleasedFifteenMinutesAfterItsStart() {
        Booking booking = booking();
        assertThat(booking.isNoShowAt(START.plusSeconds(14 * 60))).isFalse();
        assertThat(booking.isNoShowAt(START.plusSeconds(15 * 60))).isTrue();
        booking.releaseAsNoShow(START.plusSeconds(15 * 60));
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(booking.getStatus().holdsRoom()).isFalse();
        assertThatThrownBy(() -> booking.checkIn(START.plusSeconds(16 * 60))).isInstanceOf(BookingStateException.class);
    }

    @Test
    void aCheckedInBookingIsNoNoShow() {
        Booking booking = booking();
        booking.checkIn(START.plusSeconds(60));
        assertThat(booking.isNoShowAt(START.plusSeconds(30 * 60))).isFalse();
        assertThatThrownBy(() -> booking.releaseAsNoShow(START.plusSeconds(30 * 60))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConfirmedBookingCanBeCancelledUntilItEndsAndThenFreesTheRoom() {
        Booking booking = booking();
        booking.cancel("coordinator1", " the centre is closed for a fire drill ", START.minusSeconds(3600));
        assertThat(booking.getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(booking.getStatus().holdsRoom()).isFalse();
        assertThat(booking.getEndReason()).contains("the centre is closed for a fire drill");
        assertThatThrownBy(() -> booking.cancel("anna", null, START.minusSeconds(60)))
                .isInstanceOfSatisfying(BookingStateException.class,
                        e -> assertThat(e.reason()).isEqualTo(BookingStateException.Reason.NOT_CANCELLABLE));
        Booking over = booking();
        assertThatThrownBy(() -> over.cancel("anna", null, TIME.end())).isInstanceOf(BookingStateException.class);
    }

    @Test
    void aRoomOutOfUseCannotBeBooked() {
        Room closed = CENTRE.addRoom(Map.of("sv", "Gamla rummet"), RoomType.STUDY_ROOM, 4, Set.of());
        closed.deactivate();
        assertThatThrownBy(() -> Booking.confirm(closed, TIME, BookingPurpose.SELF_STUDY, 1, ANNA, ANNA))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCentresClosedAndShortenedDaysMakeItsCalendar() {
        LearningCentre centre = new LearningCentre(TORSBY, Map.of("sv", "Lärcentrum Torsby"),
                new Address("Järnvägsgatan 8", "68531", "Torsby"), new GeoPoint(60.1340, 13.0000));
        centre.setOpeningHours(List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)),
                new OpeningHours(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))));
        centre.close(ClosedDay.allDay(LocalDate.of(2027, 3, 23), "Studiedag"));
        centre.close(ClosedDay.shortened(LocalDate.of(2027, 3, 24), LocalTime.of(12, 0), null));
        CentreCalendar calendar = CentreCalendar.of(centre);
        assertThat(calendar.isClosed(LocalDate.of(2027, 3, 23))).isTrue();
        assertThat(calendar.openOn(LocalDate.of(2027, 3, 24))).containsExactly(CentreCalendarTest.local("2027-03-24T08:00", "12:00"));

        centre.close(ClosedDay.shortened(LocalDate.of(2027, 3, 23), LocalTime.of(15, 0), "instead"));
        assertThat(centre.getClosedDays()).hasSize(2);
        assertThat(CentreCalendar.of(centre).openOn(LocalDate.of(2027, 3, 23)))
                .containsExactly(CentreCalendarTest.local("2027-03-23T08:00", "15:00"));
        assertThat(centre.reopen(LocalDate.of(2027, 3, 23))).isTrue();
        assertThat(CentreCalendar.of(centre).openOn(LocalDate.of(2027, 3, 23)))
                .containsExactly(CentreCalendarTest.local("2027-03-23T08:00", "17:00"));
    }

    @Test
    void storedRulesGiveBackTheRulesTheyWereMadeOf() {
        BookingRules rules = new BookingRules(Duration.ofMinutes(45), Duration.ofHours(3), 14,
                Set.of(RoomType.STUDY_ROOM, RoomType.GROUP_ROOM), Duration.ofHours(6), Duration.ZERO);
        BookingRules back = new CentreBookingRules(7, rules).rules();
        assertThat(back.minLength()).isEqualTo(rules.minLength());
        assertThat(back.maxLength()).isEqualTo(rules.maxLength());
        assertThat(back.leadDays()).isEqualTo(14);
        assertThat(back.learnerRoomTypes()).containsExactlyInAnyOrder(RoomType.STUDY_ROOM, RoomType.GROUP_ROOM);
        assertThat(back.weeklyQuota(Standing.MEMBER)).contains(Duration.ofHours(6));
        assertThat(back.weeklyQuota(Standing.VISITOR)).contains(Duration.ZERO);
    }

    @Test
    void aConfirmedBookingMovesWithinItsCentreUntilItStarts() {
        Booking booking = booking();
        Room other = CENTRE.addRoom(Map.of("sv", "Studierum 2"), RoomType.STUDY_ROOM, 2, Set.of());
        TimeRange later = CentreCalendarTest.local("2027-03-23T13:00", "14:00");
        booking.moveTo(other, later, START.minusSeconds(3600));
        assertThat(booking.getRoom()).isSameAs(other);
        assertThat(booking.getTime()).isEqualTo(later);
        Room tiny = CENTRE.addRoom(Map.of("sv", "Bås"), RoomType.STUDY_ROOM, 1, Set.of());
        assertThatThrownBy(() -> booking.moveTo(tiny, later, START.minusSeconds(3600)))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.rule()).isEqualTo(BookingRule.OVER_CAPACITY));
        LearningCentre elsewhere = new LearningCentre(TORSBY, Map.of("sv", "Annat"), new Address("Gatan 1", "68531", "Torsby"),
                new GeoPoint(60.1, 13.0));
        Room away = elsewhere.addRoom(Map.of("sv", "Rum"), RoomType.STUDY_ROOM, 4, Set.of());
        assertThatThrownBy(() -> booking.moveTo(away, later, START.minusSeconds(3600))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> booking.moveTo(ROOM, TIME, later.start())).as("started")
                .isInstanceOfSatisfying(BookingStateException.class, e -> assertThat(e.reason()).isEqualTo(BookingStateException.Reason.NOT_MOVABLE));
    }
}

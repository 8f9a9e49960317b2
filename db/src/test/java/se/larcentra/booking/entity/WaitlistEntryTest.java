package se.larcentra.booking.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.Role;
import se.larcentra.centre.entity.Address;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.centre.entity.Room;
import se.larcentra.centre.entity.RoomType;

class WaitlistEntryTest {

    private static final LearningCentre CENTRE = new LearningCentre(new Municipality("1737", "Torsby", "Värmland", "Norra Värmland",
            "Torsby", new GeoPoint(60.1360, 12.9990)), Map.of("sv", "Lärcentrum Torsby"), new Address("Järnvägsgatan 8", "68531", "Torsby"),
            new GeoPoint(60.1340, 13.0000));
    private static final Room ROOM = CENTRE.addRoom(Map.of("sv", "Studierum 1"), RoomType.STUDY_ROOM, 4, Set.of());
    private static final Account ANNA = new Account("anna", "anna@example.org", "Anna", "sv", EnumSet.of(Role.LEARNER), AccountStatus.ACTIVE);
    private static final Account BO = new Account("bo", "bo@example.org", "Bo", "sv", EnumSet.of(Role.LEARNER), AccountStatus.ACTIVE);
    private static final TimeRange TIME = CentreCalendarTest.local("2027-03-23T10:00", "11:00");

    @Test
    void aWaitingEntryIsAssignedTheBookingOfItsSlotForItsPerson() {
        WaitlistEntry entry = new WaitlistEntry(ROOM, TIME, ANNA, BookingPurpose.SELF_STUDY, 1);
        assertThat(entry.getStatus()).isEqualTo(WaitlistEntry.Status.WAITING);
        assertThatThrownBy(() -> entry.assign(Booking.confirm(ROOM, TIME, BookingPurpose.SELF_STUDY, 1, BO, BO)))
                .as("someone else's booking").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entry.assign(Booking.confirm(ROOM, CentreCalendarTest.local("2027-03-23T11:00", "12:00"),
                BookingPurpose.SELF_STUDY, 1, ANNA, ANNA))).as("another time").isInstanceOf(IllegalArgumentException.class);
        Booking booking = Booking.confirm(ROOM, TIME, BookingPurpose.SELF_STUDY, 1, ANNA, ANNA);
        entry.assign(booking);
        assertThat(entry.getStatus()).isEqualTo(WaitlistEntry.Status.ASSIGNED);
        assertThat(entry.getBooking()).contains(booking);
        assertThatThrownBy(() -> entry.lapse(TIME.start())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEntryLapsesAtItsSlotsStartNotBefore() {
        WaitlistEntry entry = new WaitlistEntry(ROOM, TIME, ANNA, BookingPurpose.SELF_STUDY, 1);
        assertThatThrownBy(() -> entry.lapse(TIME.start().minusSeconds(1))).isInstanceOf(IllegalStateException.class);
        entry.lapse(TIME.start());
        assertThat(entry.getStatus()).isEqualTo(WaitlistEntry.Status.LAPSED);
        assertThatThrownBy(() -> entry.assign(Booking.confirm(ROOM, TIME, BookingPurpose.SELF_STUDY, 1, ANNA, ANNA)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void participantsFitTheRoom() {
        assertThatThrownBy(() -> new WaitlistEntry(ROOM, TIME, ANNA, BookingPurpose.GROUP_WORK, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}

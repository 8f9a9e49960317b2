package se.larcentra.centre.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CentreTest {

    private static final Municipality TORSBY = new Municipality("1737", "Torsby", "Värmland", "Norra Värmland",
            "Torsby", new GeoPoint(60.1360, 12.9990));

    private LearningCentre centre() {
        return new LearningCentre(TORSBY, Map.of("sv", "Lärcentrum Torsby"), new Address("Järnvägsgatan 8", "68531", "Torsby"),
                new GeoPoint(60.1340, 13.0000));
    }

    @Test
    void normalisesPostalCodes() {
        assertThat(centre().getAddress().postalCode()).isEqualTo("685 31");
        assertThatThrownBy(() -> new Address("Storgatan 1", "1234", "Kil")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsANameInSomeLanguage() {
        assertThatThrownBy(() -> new LearningCentre(TORSBY, Map.of("sv", " "), new Address("A 1", "68531", "Torsby"),
                new GeoPoint(60, 13))).isInstanceOf(IllegalArgumentException.class);
        assertThat(centre().name("en")).isEqualTo("Lärcentrum Torsby");
    }

    @Test
    void rejectsOverlappingOpeningHoursOnOneDay() {
        LearningCentre c = centre();
        assertThatThrownBy(() -> c.setOpeningHours(List.of(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(16, 0)))))
                .isInstanceOf(IllegalArgumentException.class);
        c.setOpeningHours(List.of(
                new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(16, 0)),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));
        assertThat(c.getOpeningHours()).extracting(OpeningHours::day)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.TUESDAY);
    }

    @Test
    void opensBeforeItCloses() {
        assertThatThrownBy(() -> new OpeningHours(DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roomsSeatAtLeastOne() {
        LearningCentre c = centre();
        assertThatThrownBy(() -> c.addRoom(Map.of("sv", "Rum 1"), RoomType.STUDY_ROOM, 0, EnumSet.noneOf(Equipment.class)))
                .isInstanceOf(IllegalArgumentException.class);
        Room room = c.addRoom(Map.of("sv", "Tentamenssal"), RoomType.EXAM_ROOM, 12, EnumSet.of(Equipment.HEARING_LOOP));
        assertThat(room.getCentre()).isSameAs(c);
        assertThat(room.getEquipment()).containsExactly(Equipment.HEARING_LOOP);
    }

    @Test
    void measuresDistancesLikeAMap() {
        GeoPoint torsby = new GeoPoint(60.1360, 12.9990);
        GeoPoint karlstad = new GeoPoint(59.3793, 13.5036);
        // Torsby–Karlstad is about 88 km as the crow flies.
        assertThat(torsby.distanceKm(karlstad)).isCloseTo(88.0, within(2.0));
        assertThat(torsby.distanceKm(torsby)).isZero();
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void municipalityCodesHaveFourDigits() {
        assertThatThrownBy(() -> new Municipality("173", "X", "Y", null, "Z", new GeoPoint(0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

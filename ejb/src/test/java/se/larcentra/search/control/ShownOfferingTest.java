package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShownOfferingTest {

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        ShownOffering full = new ShownOffering(123_456_789L, "Sjuksköterskans yrke", "Nursing 😀", "Om vård.\nMed <b>&.",
                "About care.", 42, "Karlstads universitet", LocalDate.of(2027, 1, 18), LocalDate.of(1969, 6, 5), "50",
                "DISTANCE", "sv", 30, 12, 3, new double[] {59.3793, 13.5036, 60.1326, 12.9840});
        assertThat(ShownOffering.decode(full.encode())).usingRecursiveComparison().isEqualTo(full);
        assertThat(ShownOffering.decodeTitles(full.encode())).containsExactly("Sjuksköterskans yrke", "Nursing 😀");
    }

    @Test
    void absentValuesStayAbsent() {
        ShownOffering sparse = new ShownOffering(1, "Keramik", null, null, null, 7, "Studieförbundet", LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 12, 24), "individual", "CAMPUS", "en", null, 0, 0, new double[0]);
        ShownOffering decoded = ShownOffering.decode(sparse.encode());
        assertThat(decoded).usingRecursiveComparison().isEqualTo(sparse);
        assertThat(decoded.titleEn()).isNull();
        assertThat(decoded.places()).isNull();
        assertThat(decoded.text(OfferingFields.DESCRIPTION_SV)).isNull();
    }
}

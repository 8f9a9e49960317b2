package se.larcentra.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.larcentra.catalog.entity.CreditSystem;
import se.larcentra.catalog.entity.Fee;
import se.larcentra.catalog.entity.OfferingStatus;
import se.larcentra.catalog.entity.Pace;
import se.larcentra.catalog.entity.StudyMode;
import se.larcentra.centre.entity.Equipment;

class LabelsTest {

    private final Labels swedish = new Labels(Locale.forLanguageTag("sv"));
    private final Labels english = new Labels(Locale.ENGLISH);

    @Test
    void writesPaceTheWayEachLanguageDoes() {
        assertThat(swedish.pace(Pace.percent(50))).isEqualTo("50 %");
        assertThat(english.pace(Pace.percent(50))).isEqualTo("50%");
        assertThat(swedish.pace(Pace.individual())).isEqualTo("Egen takt");
    }

    @Test
    void writesCreditsWithTheLanguagesDecimalMark() {
        assertThat(swedish.credits(new BigDecimal("7.50"), CreditSystem.HP)).isEqualTo("7,5 hp");
        assertThat(english.credits(new BigDecimal("7.5"), CreditSystem.HP)).isEqualTo("7.5 credits (hp)");
        assertThat(swedish.credits(null, CreditSystem.NONE)).isEqualTo("Inga poäng");
    }

    @Test
    void namesFeesAndFreeOfferings() {
        assertThat(swedish.fee(Fee.free())).isEqualTo("Avgiftsfri");
        assertThat(swedish.fee(new Fee(new BigDecimal("1200.00"), "SEK"))).isEqualTo("1\u00a0200 kr");
        assertThat(english.fee(new Fee(new BigDecimal("50"), "EUR"))).isEqualTo("50 EUR");
    }

    @Test
    void translatesCodes() {
        assertThat(swedish.mode(StudyMode.DISTANCE)).isEqualTo("Distans");
        assertThat(english.status(OfferingStatus.OPEN_FOR_APPLICATION)).isEqualTo("Open for application");
        assertThat(swedish.equipmentList(EnumSet.of(Equipment.WHEELCHAIR_ACCESS, Equipment.COMPUTERS)))
                .isEqualTo("Datorer, Tillgängligt för rullstol");
        assertThat(swedish.language("en")).isEqualTo("engelska");
        assertThat(english.language("sv")).isEqualTo("Swedish");
    }

    @Test
    void showsASubjectTheBundlesDoNotKnowAsItIs() {
        assertThat(swedish.subject("mathematics")).isEqualTo("Matematik");
        assertThat(swedish.subject("marine-biology")).isEqualTo("marine biology");
    }

    @Test
    void marksStatusWithAClassAsWellAsAWord() {
        assertThat(swedish.statusClass(OfferingStatus.OPEN_FOR_APPLICATION)).isEqualTo("status status--open");
        assertThat(swedish.statusClass(OfferingStatus.RUNNING)).isEqualTo("status status--running");
    }
}

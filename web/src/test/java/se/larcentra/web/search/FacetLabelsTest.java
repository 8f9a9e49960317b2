package se.larcentra.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.larcentra.web.Localized;
import se.larcentra.web.i18n.Labels;

class FacetLabelsTest {

    private static final Locale SV = Locale.forLanguageTag("sv");

    private static FacetLabels labels(Locale locale) {
        return new FacetLabels(new Labels(locale), locale, () -> Map.of("6", "Högskolan Väst"),
                () -> Map.of("1780", "Karlstad"), () -> Map.of("3", new Localized("Learning Centre Sunne", "en")));
    }

    @Test
    void namesMonthsInThePagesLanguage() {
        assertThat(FacetLabels.month("2027-01", SV)).isEqualTo("Januari 2027");
        assertThat(FacetLabels.month("2027-01", Locale.ENGLISH)).isEqualTo("January 2027");
        assertThat(FacetLabels.month("2027-13", SV)).isEqualTo("2027-13");
    }

    @Test
    void labelsEnumsPacesAndSubjects() {
        FacetLabels swedish = labels(SV);

        assertThat(swedish.label("mode", "DISTANCE").text()).isEqualTo("Distans");
        assertThat(swedish.label("level", "YH").text()).isEqualTo("Yrkeshögskola");
        assertThat(swedish.label("provider_type", "KOMVUX").text()).isEqualTo("Komvux");
        assertThat(swedish.label("pace", "50").text()).isEqualTo("50 %");
        assertThat(swedish.label("pace", "individual").text()).isEqualTo("Egen takt");
        assertThat(swedish.label("subject", "history").text()).isEqualTo("Historia");
        assertThat(labels(Locale.ENGLISH).label("subject", "history").text()).isEqualTo("History");
    }

    @Test
    void namesProvidersMunicipalitiesCentresAndLanguages() {
        FacetLabels swedish = labels(SV);

        assertThat(swedish.label("provider", "6")).isEqualTo(new Localized("Högskolan Väst", "sv"));
        assertThat(swedish.label("municipality", "1780").text()).isEqualTo("Karlstad");
        assertThat(swedish.label("centre", "3")).isEqualTo(new Localized("Learning Centre Sunne", "en"));
        assertThat(swedish.label("language", "en").text()).isEqualTo("Engelska");
        assertThat(labels(Locale.ENGLISH).label("language", "sv").text()).isEqualTo("Swedish");
    }

    @Test
    void showsAValueNobodyKnowsAsItIs() {
        FacetLabels swedish = labels(SV);

        assertThat(swedish.label("mode", "TELEPATHY").text()).isEqualTo("TELEPATHY");
        assertThat(swedish.label("pace", "150").text()).isEqualTo("150");
        assertThat(swedish.label("provider", "999").text()).isEqualTo("999");
        assertThat(swedish.label("centre", "999").text()).isEqualTo("999");
    }

    @Test
    void asksForNamesOnlyWhenAFacetNeedsThem() {
        int[] asked = {0};
        FacetLabels lazy = new FacetLabels(new Labels(SV), SV, () -> {
            asked[0]++;
            return Map.of("6", "Högskolan Väst");
        }, Map::of, Map::of);

        lazy.label("mode", "DISTANCE");
        assertThat(asked[0]).isZero();
        lazy.label("provider", "6");
        lazy.label("provider", "7");
        assertThat(asked[0]).isEqualTo(1);
    }
}

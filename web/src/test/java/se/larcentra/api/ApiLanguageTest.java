package se.larcentra.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiLanguageTest {

    @Test
    void theLangParameterWinsOverTheHeader() {
        assertThat(ApiLanguage.resolve("en", "sv")).isEqualTo("en");
        assertThat(ApiLanguage.resolve("SV", "en")).isEqualTo("sv");
    }

    @Test
    void anUnsupportedLangParameterIsABadRequestNamingIt() {
        assertThatThrownBy(() -> ApiLanguage.resolve("de", "en"))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("lang"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "en-GB,en;q=0.9                 | en",
        "de-DE,de;q=0.9,en;q=0.8,sv;q=0.7 | en",
        "de,sv;q=0.5,en;q=0.4           | sv",
        "en;q=0.3,sv;q=0.8              | sv",
        "sv-SE                          | sv",
        "fi,de                          | sv",
        "*                              | sv",
        "en;q=0,fr                      | sv",
        "this is ;;; not a header       | sv",
    })
    void choosesTheBestSupportedLanguageOfTheHeader(String header, String expected) {
        assertThat(ApiLanguage.resolve(null, header)).isEqualTo(expected);
    }

    @Test
    void fallsBackToSwedishWithoutParameterOrHeader() {
        assertThat(ApiLanguage.resolve(null, null)).isEqualTo("sv");
        assertThat(ApiLanguage.resolve(" ", "")).isEqualTo("sv");
    }
}

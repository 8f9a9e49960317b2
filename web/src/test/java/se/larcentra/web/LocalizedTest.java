package se.larcentra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTest {

    @Test
    void takesTheTextInTheLanguageAskedFor() {
        assertThat(Localized.pick(Map.of("sv", "Lärcentrum Eda", "en", "Eda Learning Centre"), "en"))
                .isEqualTo(new Localized("Eda Learning Centre", "en"));
    }

    @Test
    void fallsBackToSwedishAndSaysSo() {
        Localized name = Localized.pick(Map.of("sv", "Campus Karlskoga"), "en");

        assertThat(name).isEqualTo(new Localized("Campus Karlskoga", "sv"));
        assertThat(name.isForeignTo("en")).isTrue();
        assertThat(name.isForeignTo("sv")).isFalse();
    }

    @Test
    void anAbsentTextIsEmptyInThePagesLanguage() {
        assertThat(Localized.pick(Map.of(), "en")).isEqualTo(new Localized("", "en"));
    }
}

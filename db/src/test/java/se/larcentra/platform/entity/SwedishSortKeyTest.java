package se.larcentra.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwedishSortKeyTest {

    private static List<String> sorted(String... titles) {
        return List.of(titles).stream().sorted(Comparator.comparing(SwedishSortKey::of)).toList();
    }

    @Test
    void sortsÅÄÖAfterZInThatOrder() {
        assertThat(sorted("Ö", "Ä", "Å", "Z", "A")).containsExactly("A", "Z", "Å", "Ä", "Ö");
        assertThat(sorted("Hälsopedagogik", "Hållbar utveckling I", "Historia"))
                .containsExactly("Historia", "Hållbar utveckling I", "Hälsopedagogik");
        assertThat(sorted("Värmlands historia", "Vård- och omsorgsarbete 1"))
                .containsExactly("Vård- och omsorgsarbete 1", "Värmlands historia");
    }

    @Test
    void ignoresCaseAndAccentsOtherThanÅÄÖ() {
        assertThat(SwedishSortKey.of("ÉCOLE")).isEqualTo(SwedishSortKey.of("ecole"));
        // ü sorts as y: "Müller" as "Myller"
        assertThat(sorted("Müller", "Mylla", "Mus")).containsExactly("Mus", "Mylla", "Müller");
    }

    @Test
    void sortsNumbersByValueAndShortWordsFirst() {
        assertThat(sorted("Engelska 10", "Engelska 5", "Engelska")).containsExactly("Engelska", "Engelska 5", "Engelska 10");
        assertThat(sorted("Kurs B", "Kurs", "Kursledare")).containsExactly("Kurs", "Kurs B", "Kursledare");
    }

    @Test
    void isMadeOfDigitsOnly() {
        assertThat(SwedishSortKey.of("Svenska som andraspråk 1, grundkurs!")).matches("\\d+");
        assertThat(SwedishSortKey.of("x".repeat(1000))).hasSize(SwedishSortKey.MAX_LENGTH);
    }
}

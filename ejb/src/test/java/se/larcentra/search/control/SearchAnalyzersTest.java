package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class SearchAnalyzersTest {

    private static final SearchAnalyzers ANALYZERS = SearchAnalyzers.shared();

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        return OfferingQueries.tokens(analyzer, field, text);
    }

    private static List<String> swedish(String text) throws IOException {
        return tokens(ANALYZERS.swedish(), OfferingFields.TITLE_SV, text);
    }

    private static List<String> parts(String text) throws IOException {
        return tokens(ANALYZERS.indexing(), OfferingFields.TITLE_PARTS, text);
    }

    @Test
    void findsTheBaseFormOfInflectedNounsAndGenitives() throws IOException {
        assertThat(swedish("sjuksköterskor")).containsAnyElementsOf(swedish("sjuksköterska"));
        assertThat(swedish("Sjuksköterskans")).containsAnyElementsOf(swedish("sjuksköterska"));
        assertThat(swedish("kurser")).containsAnyElementsOf(swedish("kurs"));
        assertThat(swedish("kursens")).containsAnyElementsOf(swedish("kurs"));
        assertThat(swedish("lärcentra")).containsAnyElementsOf(swedish("lärcentrum"));
    }

    @Test
    void doesNotCutShortWordsApart() throws IOException {
        // Snowball makes "kurs" into "kur" (a cure); the dictionary knows better.
        assertThat(swedish("kurs")).contains("kurs").doesNotContain("kur");
    }

    @Test
    void findsTheStemOfWordsTheDictionaryDoesNotKnow() throws IOException {
        assertThat(swedish("Värmlands")).containsAnyElementsOf(swedish("Värmland"));
    }

    @Test
    void splitsCompoundsIntoTheirParts() throws IOException {
        assertThat(parts("språkkurs")).containsAnyElementsOf(swedish("språk")).containsAnyElementsOf(swedish("kurs"));
        assertThat(parts("svenskspråkig")).containsAnyElementsOf(swedish("svenska")).containsAnyElementsOf(swedish("språk"));
        assertThat(parts("distansutbildning")).containsAnyElementsOf(swedish("utbildning"));
    }

    @Test
    void ignoresCaseAndAccentsButKeepsÅÄÖ() throws IOException {
        assertThat(swedish("MATEMATIK")).isEqualTo(swedish("matematik"));
        assertThat(swedish("café")).isEqualTo(swedish("cafe"));
        assertThat(swedish("Linnéuniversitetet")).isEqualTo(swedish("linneuniversitetet"));
        assertThat(swedish("år")).doesNotContainAnyElementsOf(swedish("ar"));
        assertThat(swedish("kär")).doesNotContainAnyElementsOf(swedish("kar"));
        assertThat(swedish("Öl")).doesNotContainAnyElementsOf(swedish("ol"));
        assertThat(swedish("Færdig")).isEqualTo(swedish("färdig"));
    }

    @Test
    void dropsSwedishAndEnglishStopWords() throws IOException {
        assertThat(swedish("och")).isEmpty();
        assertThat(tokens(ANALYZERS.english(), OfferingFields.TITLE_EN, "the")).isEmpty();
    }

    @Test
    void stemsEnglishTitles() throws IOException {
        var english = ANALYZERS.english();
        assertThat(tokens(english, OfferingFields.TITLE_EN, "Nurses"))
                .isEqualTo(tokens(english, OfferingFields.TITLE_EN, "nurse"));
        assertThat(tokens(english, OfferingFields.TITLE_EN, "The Nurse's Profession"))
                .containsExactlyElementsOf(tokens(english, OfferingFields.TITLE_EN, "nurse profession"));
    }
}

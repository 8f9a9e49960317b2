package se.larcentra.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageLinksTest {

    @Test
    void addsTheLanguageToAPageWithoutQuery() {
        assertThat(LanguageLinks.withLanguage("/catalog.xhtml", null, "en")).isEqualTo("/catalog.xhtml?lang=en");
    }

    @Test
    void keepsTheRestOfTheQueryAsItWas() {
        assertThat(LanguageLinks.withLanguage("/catalog.xhtml", "page=2&sort=title&q=sj%C3%A4lv", "en"))
                .isEqualTo("/catalog.xhtml?page=2&sort=title&q=sj%C3%A4lv&lang=en");
    }

    @Test
    void replacesAnEarlierChoice() {
        assertThat(LanguageLinks.withLanguage("/offering/4", "lang=en&x=1", "sv")).isEqualTo("/offering/4?x=1&lang=sv");
    }

    @Test
    void anEmptyPathIsTheStartPage() {
        assertThat(LanguageLinks.withLanguage("", "", "en")).isEqualTo("/?lang=en");
    }
}

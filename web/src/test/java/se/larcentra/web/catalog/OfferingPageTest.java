package se.larcentra.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfferingPageTest {

    @Test
    void splitsADescriptionIntoParagraphsAtBlankLines() {
        assertThat(OfferingPage.paragraphs("First line\nstill first.\n\n  Second.\r\n \r\nThird."))
                .containsExactly("First line\nstill first.", "Second.", "Third.");
    }

    @Test
    void anEmptyDescriptionHasNoParagraphs() {
        assertThat(OfferingPage.paragraphs("  ")).isEmpty();
        assertThat(OfferingPage.paragraphs(null)).isEmpty();
    }
}

package se.larcentra.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogPageTest {

    @ParameterizedTest
    @NullAndEmptySource
    void withoutAPageNumberShowsTheFirstPage(String page) {
        assertThat(CatalogPage.parsePageNumber(page)).contains(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "2.0", "9999999999"})
    void aPageNumberThatCannotExistHasNoPage(String page) {
        assertThat(CatalogPage.parsePageNumber(page)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", " 3 "})
    void readsAPageNumber(String page) {
        assertThat(CatalogPage.parsePageNumber(page)).contains(3);
    }
}

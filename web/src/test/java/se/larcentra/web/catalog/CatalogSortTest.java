package se.larcentra.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.larcentra.catalog.boundary.OfferingOrder;

class CatalogSortTest {

    @Test
    void sortsByStartDateUnlessTheAddressSaysOtherwise() {
        assertThat(CatalogSort.parse(null).order()).isEqualTo(OfferingOrder.START_DATE_ASC);
        assertThat(CatalogSort.parse("nonsense")).isEqualTo(CatalogSort.DEFAULT);
    }

    @Test
    void readsDirectionFromALeadingMinus() {
        assertThat(CatalogSort.parse("-title").order()).isEqualTo(OfferingOrder.TITLE_DESC);
        assertThat(CatalogSort.parse("title").order()).isEqualTo(OfferingOrder.TITLE_ASC);
        assertThat(CatalogSort.parse("-start").order()).isEqualTo(OfferingOrder.START_DATE_DESC);
    }

    @Test
    void aClickOnTheSortedColumnTurnsTheOrderAround() {
        assertThat(CatalogSort.parse("title").toggle("title").param()).isEqualTo("-title");
        assertThat(CatalogSort.parse("-title").toggle("title").param()).isEqualTo("title");
    }

    @Test
    void aClickOnAnotherColumnSortsItAscending() {
        assertThat(CatalogSort.parse("-title").toggle("start")).isEqualTo(CatalogSort.DEFAULT);
    }
}

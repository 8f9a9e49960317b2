package se.larcentra.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void showsNoPagerForASinglePage() {
        assertThat(Pager.numbers(1, 1, 2)).isEmpty();
        assertThat(Pager.numbers(1, 0, 2)).isEmpty();
    }

    @Test
    void showsEveryPageOfAShortList() {
        assertThat(Pager.numbers(2, 4, 2)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void leavesGapsAroundAWindowInALongList() {
        assertThat(Pager.numbers(10, 35, 2)).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 35);
    }

    @Test
    void leavesNoGapWhereNoNumberIsMissing() {
        assertThat(Pager.numbers(4, 35, 2)).containsExactly(1, 2, 3, 4, 5, 6, 0, 35);
        assertThat(Pager.numbers(35, 35, 2)).containsExactly(1, 0, 33, 34, 35);
    }
}

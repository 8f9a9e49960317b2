package se.larcentra.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageParamsTest {

    @Test
    void defaultsToFirstPageOfTwenty() {
        PageParams params = PageParams.of(null, "");

        assertThat(params.page()).isZero();
        assertThat(params.size()).isEqualTo(20);
        assertThat(params.offset()).isZero();
    }

    @Test
    void computesOffsetOfLaterPages() {
        assertThat(PageParams.of("3", "25").offset()).isEqualTo(75);
    }

    @Test
    void acceptsTheLargestSize() {
        assertThat(PageParams.of("0", "100").size()).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "-1", "1e3", "99999999999"})
    void rejectsAPageThatIsNotAWholeNumberFromZero(String page) {
        assertThatThrownBy(() -> PageParams.of(page, null))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("page"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-5", "x"})
    void rejectsASizeOutsideOneToOneHundred(String size) {
        assertThatThrownBy(() -> PageParams.of("0", size))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("size"));
    }

    @Test
    void rejectsAPageWhoseOffsetWouldOverflow() {
        assertThatThrownBy(() -> PageParams.of("2147483647", "100"))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("page"));
    }

    @Test
    void wrapsItemsInAnEnvelopeWithItsPageAndSize() {
        ListEnvelope<String> envelope = PageParams.of("1", "2").envelope(5, List.of("c", "d"));

        assertThat(envelope).isEqualTo(new ListEnvelope<>(5, 1, 2, List.of("c", "d")));
    }
}

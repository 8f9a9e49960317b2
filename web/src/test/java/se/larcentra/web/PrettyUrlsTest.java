package se.larcentra.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrettyUrlsTest {

    @ParameterizedTest
    @CsvSource({
        "/offering/42, /offering.xhtml?id=42",
        "/centre/7, /centre.xhtml?id=7",
        "/offering/007, /offering.xhtml?id=7",
    })
    void forwardsAStableAddressToItsView(String path, String view) {
        assertThat(PrettyUrls.viewFor(path)).contains(view);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/offering/", "/offering/abc", "/offering/-1", "/offering/1/2", "/centre/1.0",
        "/offering/12345678901234567890", "/course/1"})
    void hasNoPageForAnythingElse(String path) {
        assertThat(PrettyUrls.viewFor(path)).isEmpty();
    }
}

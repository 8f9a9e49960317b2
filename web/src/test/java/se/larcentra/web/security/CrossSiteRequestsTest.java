package se.larcentra.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossSiteRequestsTest {

    private static final String OWN = "http://localhost:20080";
    private static final String BASE_URL = "https://larcentra.example.se/";

    @ParameterizedTest(name = "{0} Origin={1} X-Requested-With={2}: allowed={3}")
    @CsvSource(nullValues = "-", value = {
            // Reading is never refused.
            "GET,     https://evil.example, -,              true",
            "HEAD,    -,                    -,              true",
            "OPTIONS, -,                    -,              true",
            // A change needs this site's Origin ...
            "POST,    http://localhost:20080,  -,           true",
            "POST,    HTTP://LOCALHOST:20080,  -,           true",
            "PUT,     https://larcentra.example.se, -,      true",
            "DELETE,  https://larcentra.example.se:443, -,  true",
            "PATCH,   http://localhost:20080,  -,           true",
            // ... or, without an Origin, the custom header.
            "POST,    -,                    XMLHttpRequest, true",
            "DELETE,  -,                    fetch,          true",
            "POST,    -,                    -,              false",
            "DELETE,  -,                    -,              false",
            "POST,    '',                   '',             false",
            // Another site, or another port, scheme or host of this one, never; the header does not excuse a foreign Origin.
            "POST,    https://evil.example, -,              false",
            "POST,    https://evil.example, XMLHttpRequest, false",
            "POST,    http://localhost:8080, -,             false",
            "POST,    https://localhost:20080, -,           false",
            "POST,    http://larcentra.example.se, -,       false",
            "PUT,     http://localhost.evil.example:20080, -, false",
            "POST,    null,                 -,              false",
            "POST,    null,                 XMLHttpRequest, false",
            "POST,    file://,              -,              false",
            "POST,    not a url,            -,              false",
    })
    void aChangeMustComeFromThisSite(String method, String origin, String requestedWith, boolean allowed) {
        assertThat(CrossSiteRequests.refusal(method, origin, requestedWith, OWN, BASE_URL).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "http://localhost:20080, -",
            "http://localhost:20080, ''",
            "http://localhost:20080, http://localhost:20080/",
    })
    void withoutABaseUrlTheRequestsOwnOriginStillCounts(String origin, String baseUrl) {
        assertThat(CrossSiteRequests.refusal("POST", origin, null, OWN, baseUrl)).isEmpty();
        assertThat(CrossSiteRequests.refusal("POST", "https://larcentra.example.se", null, OWN, baseUrl)).isPresent();
    }
}

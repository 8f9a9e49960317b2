package se.larcentra.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxy = new ClientAddress(Set.of("10.0.0.5", "10.0.0.6"));
    private final ClientAddress direct = new ClientAddress(Set.of());

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertThat(direct.resolve("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
        assertThat(behindProxy.resolve("198.51.100.7", List.of("203.0.113.9"))).as("peer is not a trusted proxy")
                .isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
        assertThat(behindProxy.resolve("10.0.0.5", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        // The client wrote a first hop of its own choosing; the proxy appended the address it saw.
        assertThat(behindProxy.resolve("10.0.0.5", List.of("1.2.3.4, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(behindProxy.resolve("10.0.0.5", List.of("1.2.3.4", "203.0.113.9, 10.0.0.6"))).isEqualTo("203.0.113.9");
    }

    @Test
    void garbageOrNothingForwardedLeavesTheLastVouchedAddress() {
        assertThat(behindProxy.resolve("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
        assertThat(behindProxy.resolve("10.0.0.5", List.of("evil.example, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(behindProxy.resolve("10.0.0.5", List.of("not an address"))).isEqualTo("10.0.0.5");
    }

    @Test
    void oneAddressHasOneSpelling() {
        assertThat(ClientAddress.normal("0:0:0:0:0:0:0:1")).isEqualTo(ClientAddress.normal("::1"));
        assertThat(ClientAddress.normal("[::1]")).isEqualTo(ClientAddress.normal("::1"));
        assertThat(direct.resolve("0:0:0:0:0:0:0:1", List.of())).isEqualTo(direct.resolve("::1", List.of()));
    }
}

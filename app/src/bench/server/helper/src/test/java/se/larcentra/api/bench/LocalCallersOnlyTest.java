package se.larcentra.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalCallersOnlyTest {

    @Test
    void letsInOnlyLoopbackAddresses() {
        assertThat(LocalCallersOnly.isLoopback("127.0.0.1")).isTrue();
        assertThat(LocalCallersOnly.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(LocalCallersOnly.isLoopback("10.1.2.3")).isFalse();
        assertThat(LocalCallersOnly.isLoopback("192.168.0.7")).isFalse();
        assertThat(LocalCallersOnly.isLoopback("2001:db8::1")).isFalse();
        // InetAddress would take an empty name for localhost
        assertThat(LocalCallersOnly.isLoopback("")).isFalse();
        assertThat(LocalCallersOnly.isLoopback(null)).isFalse();
    }
}

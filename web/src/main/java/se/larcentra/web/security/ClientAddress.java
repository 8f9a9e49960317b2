package se.larcentra.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.larcentra.platform.boundary.Settings;

/**
 * Where a request comes from, for throttling: the peer's address, or, when the peer is a proxy
 * listed in {@code LARCENTRA_TRUSTED_PROXIES} (comma-separated addresses), the nearest address in
 * {@code X-Forwarded-For} that is not one of those proxies. A client can write anything into that
 * header, so it is believed only as far as a trusted proxy vouches for it: read from the right.
 */
public final class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(ClientAddress::normal).collect(Collectors.toUnmodifiableSet());
    }

    private static final ClientAddress CONFIGURED = new ClientAddress(Settings.get("LARCENTRA_TRUSTED_PROXIES")
            .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet()))
            .orElse(Set.of()));

    /** The client address of {@code request} under the installation's trusted proxies. */
    public static String of(HttpServletRequest request) {
        return CONFIGURED.resolve(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For") == null ? List.of()
                : java.util.Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    String resolve(String peer, List<String> forwardedFor) {
        String client = normal(peer);
        if (!trustedProxies.contains(client)) {
            return client;
        }
        List<String> hops = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = normal(hops.get(i));
            if (!isAddress(hop)) {
                return client; // garbage from somewhere: keep the last address vouched for
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** One spelling per address ({@code ::1}, {@code 0:0:0:0:0:0:0:1}), so limits cannot be dodged by rewriting it. */
    static String normal(String address) {
        String value = address == null ? "" : address.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        if (isAddress(value)) {
            try {
                return InetAddress.getByName(value).getHostAddress();
            } catch (UnknownHostException e) {
                return value;
            }
        }
        return value;
    }

    /** A literal IPv4 or IPv6 address (never a name: resolving one would ask DNS). */
    private static boolean isAddress(String value) {
        return value.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || (value.contains(":") && value.matches("[0-9A-Fa-f:.]+"));
    }
}

package se.larcentra.api.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The benchmark helper's endpoints, at the root of its WAR ({@code /bench/...} in the benchmark's
 * EAR). Not the public API: none of it is in the production EAR.
 */
@ApplicationPath("/")
public class BenchApi extends Application {
}

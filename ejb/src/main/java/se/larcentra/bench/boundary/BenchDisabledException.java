package se.larcentra.bench.boundary;

import jakarta.ejb.ApplicationException;

/** The benchmark's operations were asked for on a server without {@code LARCENTRA_BENCH=true}. */
@ApplicationException
public class BenchDisabledException extends RuntimeException {

    public BenchDisabledException() {
        super("the benchmark operations are off on this server (LARCENTRA_BENCH is not true)");
    }
}

package se.larcentra.bench;

import java.util.Arrays;
import java.util.Collection;

/** Latency samples in nanoseconds and their percentiles (nearest rank). */
final class Stats {

    private final long[] sorted;

    Stats(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** All samples of several series together: the mix as a whole. */
    static Stats pooled(Collection<Stats> parts) {
        return new Stats(parts.stream().flatMapToLong(s -> Arrays.stream(s.sorted)).toArray());
    }

    int count() {
        return sorted.length;
    }

    /** The p-th percentile in milliseconds, {@code p} in (0, 100]. */
    double ms(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double p50() {
        return ms(50);
    }

    double p99() {
        return ms(99);
    }
}

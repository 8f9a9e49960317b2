package se.larcentra.account.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One rate limit, kept per key (an account and address, an address, an e-mail address): a token
 * bucket per key, holding up to each rate's {@code tokens} and refilled at that rate. Taking a token
 * is one atomic step of the bucket, so however many requests arrive at once, no more of them go
 * ahead than there were tokens.
 *
 * <p>Buckets live in a bounded cache and are dropped once idle for as long as a full refill takes
 * (a dropped bucket and a new one are the same), so a flood of new keys costs bounded memory.
 */
public final class Throttle {

    /**
     * {@code tokens} per {@code period}: a burst of that many, then, when {@code gradual}, one back
     * every period / tokens (a slow-down), else all of them back once the period is over (a pause).
     */
    public record Rate(long tokens, Duration period, boolean gradual) {
        public Rate {
            if (tokens < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate needs at least one token per positive period: " + tokens + " per " + period);
            }
        }
    }

    static final long MAX_KEYS = 200_000;

    private final List<Rate> rates;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public Throttle(List<Rate> rates, TimeMeter time) {
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("a throttle needs a rate");
        }
        this.rates = List.copyOf(rates);
        this.time = time;
        Duration longest = rates.stream().map(Rate::period).max(Comparator.naturalOrder()).orElseThrow();
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(longest).build();
    }

    /** Takes a token for {@code key}: empty if one was there (go ahead), else how long until there is one. */
    public Optional<Duration> take(String key) {
        ConsumptionProbe probe = buckets.get(key, this::newBucket).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1)));
    }

    /** Returns a token taken for something that, after all, does not count (a login that succeeded). */
    public void giveBack(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** Starts {@code key} afresh (full bucket). */
    public void forget(String key) {
        buckets.invalidate(key);
    }

    private Bucket newBucket(String key) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
        for (Rate rate : rates) {
            builder.addLimit(limit -> rate.gradual()
                    ? limit.capacity(rate.tokens()).refillGreedy(rate.tokens(), rate.period())
                    : limit.capacity(rate.tokens()).refillIntervally(rate.tokens(), rate.period()));
        }
        return builder.build();
    }
}

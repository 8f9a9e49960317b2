package se.larcentra.search.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How far an index has read the change log. Change ids come from a sequence, so they are unique but
 * not in commit order: a transaction holding id 10 may commit after one holding id 11. The cursor
 * therefore keeps, besides the highest id applied, the lower ids not seen yet ("gaps"), and asks for
 * them again until they turn up or are old enough to be ids that will never commit (rolled back, or
 * left unused in a sequence block). Applying a change twice is harmless; missing one is not.
 */
public final class ChangeCursor {

    /** Longer than any transaction that writes catalogue changes may take to commit. */
    public static final Duration GAP_LIFETIME = Duration.ofMinutes(15);
    static final int MAX_GAPS = 2_000;

    private final long highWater;
    /** Missing id → epoch millisecond when it was first found missing. */
    private final TreeMap<Long, Long> gaps;

    private ChangeCursor(long highWater, Map<Long, Long> gaps) {
        this.highWater = highWater;
        this.gaps = new TreeMap<>(gaps);
    }

    public static ChangeCursor at(long highWater) {
        return new ChangeCursor(highWater, Map.of());
    }

    /** A cursor after {@code highWater} where the given lower ids have not been seen yet. */
    public static ChangeCursor at(long highWater, Collection<Long> unseen, Instant now) {
        Map<Long, Long> gaps = new TreeMap<>();
        unseen.stream().filter(id -> id < highWater).forEach(id -> gaps.put(id, now.toEpochMilli()));
        return new ChangeCursor(highWater, gaps);
    }

    public long highWater() {
        return highWater;
    }

    public List<Long> gaps() {
        return List.copyOf(gaps.keySet());
    }

    /**
     * The cursor after applying {@code applied}, a batch read in id order: every id above the old
     * high water that the batch skipped becomes a gap, gaps the batch filled are gone, and gaps
     * older than {@link #GAP_LIFETIME} are dropped.
     */
    public ChangeCursor advance(Collection<Long> applied, Instant now) {
        TreeMap<Long, Long> next = new TreeMap<>(gaps);
        applied.forEach(next::remove);
        long newHighWater = applied.stream().mapToLong(Long::longValue).max().orElse(highWater);
        if (newHighWater > highWater) {
            var seen = applied.stream().filter(id -> id > highWater).collect(Collectors.toSet());
            // Only the latest ids can still be in flight; older skipped ones would be dropped anyway.
            for (long id = Math.max(highWater + 1, newHighWater - MAX_GAPS); id < newHighWater; id++) {
                if (!seen.contains(id)) {
                    next.put(id, now.toEpochMilli());
                }
            }
        } else {
            newHighWater = highWater;
        }
        long expiry = now.minus(GAP_LIFETIME).toEpochMilli();
        next.values().removeIf(firstMissing -> firstMissing < expiry);
        while (next.size() > MAX_GAPS) {
            next.pollFirstEntry();
        }
        return new ChangeCursor(newHighWater, next);
    }

    /** {@code highWater;id@millis,id@millis…}: stored in the index's commit data. */
    public String serialize() {
        return highWater + ";" + gaps.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue())
                .collect(Collectors.joining(","));
    }

    public static ChangeCursor parse(String serialized) {
        String[] parts = serialized.split(";", -1);
        Map<Long, Long> gaps = new TreeMap<>();
        if (parts.length > 1 && !parts[1].isEmpty()) {
            Arrays.stream(parts[1].split(",")).map(g -> g.split("@"))
                    .forEach(g -> gaps.put(Long.parseLong(g[0]), Long.parseLong(g[1])));
        }
        return new ChangeCursor(Long.parseLong(parts[0]), gaps);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChangeCursor c && c.highWater == highWater && c.gaps.equals(gaps);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(highWater) * 31 + gaps.hashCode();
    }

    @Override
    public String toString() {
        return serialize();
    }
}

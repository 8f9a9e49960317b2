package se.larcentra.booking.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static TimeRange hours(int from, int to) {
        return new TimeRange(Instant.parse("2027-03-23T00:00:00Z").plusSeconds(from * 3600L),
                Instant.parse("2027-03-23T00:00:00Z").plusSeconds(to * 3600L));
    }

    @Test
    void rangesThatOnlyTouchDoNotOverlap() {
        assertThat(hours(8, 10).overlaps(hours(10, 12))).isFalse();
        assertThat(hours(8, 10).overlaps(hours(9, 12))).isTrue();
        assertThat(hours(8, 12).overlaps(hours(9, 10))).isTrue();
    }

    @Test
    void aRangeEndsAfterItStarts() {
        assertThatThrownBy(() -> hours(10, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cuttingTakenTimeOutOfOpenTimeLeavesTheFreeTime() {
        List<TimeRange> open = List.of(hours(13, 17), hours(8, 12));
        List<TimeRange> taken = List.of(hours(9, 10), hours(11, 14), hours(16, 18), hours(9, 10));
        assertThat(TimeRange.minus(open, taken)).containsExactly(hours(8, 9), hours(10, 11), hours(14, 16));
        assertThat(TimeRange.minus(open, List.of())).containsExactly(hours(8, 12), hours(13, 17));
        assertThat(TimeRange.minus(open, List.of(hours(0, 24)))).isEmpty();
    }

    @Test
    void theIntersectionIsTheSharedPart() {
        assertThat(hours(8, 12).intersection(hours(10, 14))).contains(hours(10, 12));
        assertThat(hours(8, 10).intersection(hours(10, 14))).isEmpty();
    }
}

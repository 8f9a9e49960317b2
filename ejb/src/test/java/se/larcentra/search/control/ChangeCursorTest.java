package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void remembersIdsSkippedByAReadAsGaps() {
        ChangeCursor cursor = ChangeCursor.at(10).advance(List.of(11L, 12L, 15L), NOW);
        assertThat(cursor.highWater()).isEqualTo(15);
        assertThat(cursor.gaps()).containsExactly(13L, 14L);
    }

    @Test
    void aLateCommitFillsItsGap() {
        ChangeCursor cursor = ChangeCursor.at(10).advance(List.of(11L, 15L), NOW)
                .advance(List.of(13L, 16L), NOW.plusSeconds(1));
        assertThat(cursor.highWater()).isEqualTo(16);
        assertThat(cursor.gaps()).containsExactly(12L, 14L);
    }

    @Test
    void forgetsGapsThatNeverFillAfterTheirLifetime() {
        ChangeCursor cursor = ChangeCursor.at(10).advance(List.of(12L), NOW)
                .advance(List.of(), NOW.plus(ChangeCursor.GAP_LIFETIME).plus(Duration.ofSeconds(1)));
        assertThat(cursor.gaps()).isEmpty();
        assertThat(cursor.highWater()).isEqualTo(12);
    }

    @Test
    void neverMovesBackwards() {
        ChangeCursor cursor = ChangeCursor.at(20).advance(List.of(5L), NOW);
        assertThat(cursor.highWater()).isEqualTo(20);
        assertThat(cursor.gaps()).isEmpty();
    }

    @Test
    void keepsOnlyTheLatestGapsAfterAHugeJump() {
        ChangeCursor cursor = ChangeCursor.at(0).advance(List.of(1_000_000L), NOW);
        assertThat(cursor.gaps()).hasSizeLessThanOrEqualTo(ChangeCursor.MAX_GAPS).contains(999_999L);
    }

    @Test
    void survivesTheTripThroughTheIndexCommitData() {
        ChangeCursor cursor = ChangeCursor.at(10).advance(List.of(11L, 14L), NOW);
        assertThat(ChangeCursor.parse(cursor.serialize())).isEqualTo(cursor);
        assertThat(ChangeCursor.parse(ChangeCursor.at(7).serialize())).isEqualTo(ChangeCursor.at(7));
    }
}

package se.larcentra.booking.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larcentra.booking.entity.CentreCalendarTest.local;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.larcentra.centre.entity.OpeningHours;
import se.larcentra.centre.entity.RoomType;

class BookingRulesTest {

    /** Monday 22 March 2027, 08:00 in Stockholm. */
    private static final Instant NOW = Instant.parse("2027-03-22T07:00:00Z");

    private final CentreCalendar calendar = new CentreCalendar(CentreCalendarTest.weekdaysWithLunchAndSundays(), Set.of(), Map.of());
    private final BookingRules rules = BookingRules.DEFAULTS;

    private Optional<BookingRule> learner(TimeRange time) {
        return rules.firstBroken(BookingRequest.of(time, RoomType.STUDY_ROOM, 4, 1, Standing.MEMBER, Duration.ZERO), calendar, NOW);
    }

    @Test
    void aRequestWithinTheRulesBreaksNone() {
        assertThat(learner(local("2027-03-23T10:00", "12:00"))).isEmpty();
        assertThat(learner(local("2027-03-23T08:00", "08:30"))).as("the shortest").isEmpty();
        assertThat(learner(local("2027-03-23T13:00", "17:00"))).as("the longest").isEmpty();
    }

    @Test
    void startAndEndLieOnTheQuarterHours() {
        assertThat(learner(local("2027-03-23T10:10", "11:00"))).contains(BookingRule.OFF_GRID);
        assertThat(learner(local("2027-03-23T10:00", "11:05"))).contains(BookingRule.OFF_GRID);
        TimeRange secondsOff = new TimeRange(local("2027-03-23T10:00", "11:00").start().plusSeconds(1),
                local("2027-03-23T10:00", "11:00").end());
        assertThat(learner(secondsOff)).contains(BookingRule.OFF_GRID);
    }

    @Test
    void theFirstBrokenRuleInTheListedOrderAnswers() {
        // In the past, too short, across lunch and off the grid: off the grid is named first.
        assertThat(learner(local("2027-03-19T11:50", "12:05"))).contains(BookingRule.OFF_GRID);
        // In the past and too short: in the past.
        assertThat(learner(local("2027-03-19T10:00", "10:15"))).contains(BookingRule.IN_THE_PAST);
        // Too long on a closed day: too long.
        assertThat(learner(local("2027-03-26T08:00", "12:15"))).contains(BookingRule.TOO_LONG);
        // On a holiday and outside the hours: a closed day.
        assertThat(learner(local("2027-03-26T06:00", "07:00"))).contains(BookingRule.CLOSED_DAY);
        // Too far ahead, in an exam room, over capacity: too far ahead.
        assertThat(rules.firstBroken(BookingRequest.of(local("2027-04-27T10:00", "11:00"), RoomType.EXAM_ROOM, 1, 2,
                Standing.VISITOR, Duration.ofHours(4)), calendar, NOW)).contains(BookingRule.TOO_FAR_AHEAD);
    }

    @Test
    void aBookingThatHasStartedIsInThePast() {
        assertThat(learner(local("2027-03-22T07:45", "09:00"))).contains(BookingRule.IN_THE_PAST);
        assertThat(learner(local("2027-03-22T08:00", "09:00"))).as("starting now").isEmpty();
    }

    @Test
    void lengthIsBetweenHalfAnHourAndFourHoursByDefault() {
        assertThat(learner(local("2027-03-23T10:00", "10:15"))).contains(BookingRule.TOO_SHORT);
        assertThat(learner(local("2027-03-23T08:00", "12:15"))).contains(BookingRule.TOO_LONG);
    }

    @Test
    void staffBookingAnExamRoomForASittingAreNotBoundByLength() {
        CentreCalendar longDays = new CentreCalendar(List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))),
                Set.of(), Map.of());
        TimeRange fiveHours = local("2027-03-23T09:00", "14:00");
        assertThat(rules.firstBroken(new BookingRequest(fiveHours, RoomType.EXAM_ROOM, 20, 12, Standing.STAFF, true, Duration.ZERO),
                longDays, NOW)).isEmpty();
        assertThat(rules.firstBroken(BookingRequest.of(fiveHours, RoomType.EXAM_ROOM, 20, 12, Standing.STAFF, Duration.ZERO),
                longDays, NOW)).contains(BookingRule.TOO_LONG);
        assertThatThrownBy(() -> new BookingRequest(fiveHours, RoomType.EXAM_ROOM, 20, 1, Standing.MEMBER, true, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closedDaysComeBeforeOpeningHours() {
        assertThat(learner(local("2027-03-29T10:00", "11:00"))).as("Easter Monday").contains(BookingRule.CLOSED_DAY);
        assertThat(learner(local("2027-03-27T10:00", "11:00"))).as("a Saturday").contains(BookingRule.CLOSED_DAY);
        assertThat(learner(local("2027-03-23T11:30", "12:30"))).as("into lunch").contains(BookingRule.OUTSIDE_OPENING_HOURS);
        assertThat(learner(local("2027-03-23T17:00", "18:00"))).as("after closing").contains(BookingRule.OUTSIDE_OPENING_HOURS);
    }

    @Test
    void aBookingAfterTheClocksWentForwardIsInLocalTime() {
        // Tuesday after the change to summer time: 10:00 local is 08:00 UTC, on the grid and open.
        TimeRange summer = local("2027-03-30T10:00", "12:00");
        assertThat(summer.start()).isEqualTo(Instant.parse("2027-03-30T08:00:00Z"));
        assertThat(learner(summer)).isEmpty();
    }

    @Test
    void learnersBookUpTo28DaysAheadStaffFurther() {
        assertThat(learner(local("2027-04-19T08:00", "09:00"))).as("28 days").isEmpty();
        assertThat(learner(local("2027-04-20T08:00", "09:00"))).as("29 days").contains(BookingRule.TOO_FAR_AHEAD);
        assertThat(rules.firstBroken(BookingRequest.of(local("2027-04-20T08:00", "09:00"), RoomType.STUDY_ROOM, 4, 1,
                Standing.STAFF, Duration.ZERO), calendar, NOW)).isEmpty();
    }

    @Test
    void learnersDoNotBookExamRoomsStaffDo() {
        TimeRange time = local("2027-03-23T10:00", "11:00");
        assertThat(rules.firstBroken(BookingRequest.of(time, RoomType.EXAM_ROOM, 20, 1, Standing.MEMBER, Duration.ZERO), calendar, NOW))
                .contains(BookingRule.ROOM_TYPE_NOT_BOOKABLE);
        assertThat(rules.firstBroken(BookingRequest.of(time, RoomType.EXAM_ROOM, 20, 1, Standing.STAFF, Duration.ZERO), calendar, NOW))
                .isEmpty();
        for (RoomType type : Set.of(RoomType.STUDY_ROOM, RoomType.GROUP_ROOM, RoomType.COMPUTER_ROOM, RoomType.VIDEO_CONFERENCE_ROOM)) {
            assertThat(rules.firstBroken(BookingRequest.of(time, type, 20, 1, Standing.VISITOR, Duration.ZERO), calendar, NOW))
                    .as(type.name()).isEmpty();
        }
    }

    @Test
    void participantsFitTheRoom() {
        TimeRange time = local("2027-03-23T10:00", "11:00");
        assertThat(rules.firstBroken(BookingRequest.of(time, RoomType.GROUP_ROOM, 6, 7, Standing.STAFF, Duration.ZERO), calendar, NOW))
                .contains(BookingRule.OVER_CAPACITY);
        assertThat(rules.firstBroken(BookingRequest.of(time, RoomType.GROUP_ROOM, 6, 6, Standing.MEMBER, Duration.ZERO), calendar, NOW))
                .isEmpty();
        assertThatThrownBy(() -> BookingRequest.of(time, RoomType.GROUP_ROOM, 6, 0, Standing.MEMBER, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void membersHaveTenHoursAWeekVisitorsFourStaffNoLimit() {
        TimeRange twoHours = local("2027-03-23T10:00", "12:00");
        assertThat(rules.firstBroken(BookingRequest.of(twoHours, RoomType.STUDY_ROOM, 4, 1, Standing.MEMBER, Duration.ofHours(8)), calendar, NOW))
                .as("8 + 2 = 10 h").isEmpty();
        assertThat(rules.firstBroken(BookingRequest.of(twoHours, RoomType.STUDY_ROOM, 4, 1, Standing.MEMBER, Duration.ofMinutes(8 * 60 + 15)),
                calendar, NOW)).contains(BookingRule.QUOTA_EXCEEDED);
        assertThat(rules.firstBroken(BookingRequest.of(twoHours, RoomType.STUDY_ROOM, 4, 1, Standing.VISITOR, Duration.ofHours(2)), calendar, NOW))
                .as("2 + 2 = 4 h").isEmpty();
        assertThat(rules.firstBroken(BookingRequest.of(twoHours, RoomType.STUDY_ROOM, 4, 1, Standing.VISITOR, Duration.ofHours(3)), calendar, NOW))
                .contains(BookingRule.QUOTA_EXCEEDED);
        assertThat(rules.firstBroken(BookingRequest.of(twoHours, RoomType.STUDY_ROOM, 4, 1, Standing.STAFF, Duration.ofHours(100)), calendar, NOW))
                .isEmpty();
    }

    @Test
    void aCentreMayShutVisitorsOut() {
        BookingRules membersOnly = new BookingRules(Duration.ofMinutes(30), Duration.ofHours(4), 28,
                Set.of(RoomType.STUDY_ROOM), Duration.ofHours(10), Duration.ZERO);
        assertThat(membersOnly.firstBroken(BookingRequest.of(local("2027-03-23T10:00", "11:00"), RoomType.STUDY_ROOM, 4, 1,
                Standing.VISITOR, Duration.ZERO), calendar, NOW)).contains(BookingRule.QUOTA_EXCEEDED);
    }

    @Test
    void checkRefusesWithTheRule() {
        assertThatThrownBy(() -> rules.check(BookingRequest.of(local("2027-03-23T10:00", "10:15"), RoomType.STUDY_ROOM, 4, 1,
                Standing.MEMBER, Duration.ZERO), calendar, NOW))
                .isInstanceOfSatisfying(BookingRefusedException.class, e -> assertThat(e.rule()).isEqualTo(BookingRule.TOO_SHORT));
    }

    @Test
    void rulesThemselvesAreSensible() {
        assertThatThrownBy(() -> new BookingRules(Duration.ofMinutes(20), Duration.ofHours(4), 28, Set.of(), Duration.ZERO, Duration.ZERO))
                .as("off the grid").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingRules(Duration.ofHours(5), Duration.ofHours(4), 28, Set.of(), Duration.ZERO, Duration.ZERO))
                .as("shortest above longest").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingRules(Duration.ofMinutes(30), Duration.ofHours(4), 0, Set.of(), Duration.ZERO, Duration.ZERO))
                .as("no lead time").isInstanceOf(IllegalArgumentException.class);
        assertThat(BookingRules.DEFAULTS.weeklyQuota(Standing.MEMBER)).contains(Duration.ofHours(10));
        assertThat(BookingRules.DEFAULTS.weeklyQuota(Standing.VISITOR)).contains(Duration.ofHours(4));
        assertThat(BookingRules.DEFAULTS.learnerRoomTypes()).doesNotContain(RoomType.EXAM_ROOM);
    }
}

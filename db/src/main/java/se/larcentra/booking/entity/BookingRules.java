package se.larcentra.booking.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.larcentra.centre.entity.RoomType;

/**
 * A centre's booking rules, set by its coordinators: how long a booking may be, how far ahead a
 * learner may book, which room types learners book themselves, and each learner's weekly hours. The
 * grid (quarter hours) is the same everywhere.
 */
public final class BookingRules {

    /** Bookings start and end on the quarter hours. */
    public static final int GRID_MINUTES = 15;

    public static final BookingRules DEFAULTS = new BookingRules(Duration.ofMinutes(30), Duration.ofHours(4), 28,
            EnumSet.of(RoomType.STUDY_ROOM, RoomType.GROUP_ROOM, RoomType.COMPUTER_ROOM, RoomType.VIDEO_CONFERENCE_ROOM),
            Duration.ofHours(10), Duration.ofHours(4));

    private final Duration minLength;
    private final Duration maxLength;
    private final int leadDays;
    private final Set<RoomType> learnerRoomTypes;
    private final Duration memberQuota;
    private final Duration visitorQuota;

    /**
     * @param leadDays how many days ahead a learner may book
     * @param memberQuota the weekly hours of a learner admitted to an offering the centre hosts
     * @param visitorQuota the weekly hours of any other learner (zero: visitors do not book)
     */
    public BookingRules(Duration minLength, Duration maxLength, int leadDays, Set<RoomType> learnerRoomTypes,
            Duration memberQuota, Duration visitorQuota) {
        requireOnGrid(minLength, "the shortest booking");
        requireOnGrid(maxLength, "the longest booking");
        if (minLength.isZero() || minLength.compareTo(maxLength) > 0) {
            throw new IllegalArgumentException("the shortest booking must be at least a quarter and at most the longest: "
                    + minLength + ", " + maxLength);
        }
        if (leadDays < 1 || leadDays > 366) {
            throw new IllegalArgumentException("learners book from 1 to 366 days ahead: " + leadDays);
        }
        requireOnGrid(memberQuota, "the learner quota");
        requireOnGrid(visitorQuota, "the visitor quota");
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.leadDays = leadDays;
        this.learnerRoomTypes = learnerRoomTypes.isEmpty() ? EnumSet.noneOf(RoomType.class) : EnumSet.copyOf(learnerRoomTypes);
        this.memberQuota = memberQuota;
        this.visitorQuota = visitorQuota;
    }

    private static void requireOnGrid(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.toSeconds() % (GRID_MINUTES * 60) != 0) {
            throw new IllegalArgumentException(what + " is a whole number of quarter hours: " + duration);
        }
    }

    /** The first rule a request breaks, in {@link BookingRule}'s order; empty if it breaks none. */
    public Optional<BookingRule> firstBroken(BookingRequest request, CentreCalendar calendar, Instant now) {
        TimeRange time = request.time();
        if (!onGrid(time.start()) || !onGrid(time.end())) {
            return Optional.of(BookingRule.OFF_GRID);
        }
        if (time.start().isBefore(now)) {
            return Optional.of(BookingRule.IN_THE_PAST);
        }
        if (!request.examSitting() && time.duration().compareTo(minLength) < 0) {
            return Optional.of(BookingRule.TOO_SHORT);
        }
        if (!request.examSitting() && time.duration().compareTo(maxLength) > 0) {
            return Optional.of(BookingRule.TOO_LONG);
        }
        if (calendar.isClosed(SwedishTime.local(time.start()).toLocalDate())) {
            return Optional.of(BookingRule.CLOSED_DAY);
        }
        if (!calendar.isOpenThroughout(time)) {
            return Optional.of(BookingRule.OUTSIDE_OPENING_HOURS);
        }
        Standing standing = request.standing();
        if (standing.isLearner() && time.start().isAfter(now.plus(Duration.ofDays(leadDays)))) {
            return Optional.of(BookingRule.TOO_FAR_AHEAD);
        }
        if (standing.isLearner() && !learnerRoomTypes.contains(request.roomType())) {
            return Optional.of(BookingRule.ROOM_TYPE_NOT_BOOKABLE);
        }
        if (request.participants() > request.roomCapacity()) {
            return Optional.of(BookingRule.OVER_CAPACITY);
        }
        Optional<Duration> quota = weeklyQuota(standing);
        if (quota.isPresent() && request.bookedThatWeek().plus(time.duration()).compareTo(quota.get()) > 0) {
            return Optional.of(BookingRule.QUOTA_EXCEEDED);
        }
        return Optional.empty();
    }

    /** Refuses a request that breaks a rule, naming the first it breaks. */
    public void check(BookingRequest request, CentreCalendar calendar, Instant now) {
        firstBroken(request, calendar, now).ifPresent(rule -> {
            throw new BookingRefusedException(rule);
        });
    }

    private static boolean onGrid(Instant instant) {
        return FreeSlots.onGridFrom(instant).equals(instant);
    }

    /** The hours a week someone of this standing may book at the centre; none for staff, who have no quota. */
    public Optional<Duration> weeklyQuota(Standing standing) {
        return switch (standing) {
            case MEMBER -> Optional.of(memberQuota);
            case VISITOR -> Optional.of(visitorQuota);
            case STAFF -> Optional.empty();
        };
    }

    public Duration minLength() {
        return minLength;
    }

    public Duration maxLength() {
        return maxLength;
    }

    public int leadDays() {
        return leadDays;
    }

    public Set<RoomType> learnerRoomTypes() {
        return learnerRoomTypes.isEmpty() ? EnumSet.noneOf(RoomType.class) : EnumSet.copyOf(learnerRoomTypes);
    }
}

package se.larcentra.booking.entity;

/**
 * The rules a booking request must keep, in the order they are checked: the first one broken is the
 * answer (a 422 problem's {@code rule} in the API, a translated message on the pages). Only a request
 * that breaks none and overlaps a booking of the room is a conflict.
 */
public enum BookingRule {
    /** Start and end lie on the quarter hours (local time): 08:00, 08:15, ... */
    OFF_GRID,
    IN_THE_PAST,
    TOO_SHORT,
    TOO_LONG,
    /** A public holiday, a day the centre closed, or a weekday it has no opening hours. */
    CLOSED_DAY,
    /** Not within one stretch of the day's opening hours (a lunch break divides a day in two). */
    OUTSIDE_OPENING_HOURS,
    TOO_FAR_AHEAD,
    /** Learners book only the room types the centre lets them book; exam rooms are for staff. */
    ROOM_TYPE_NOT_BOOKABLE,
    OVER_CAPACITY,
    /** The learner's hours in that week (Monday to Monday) would exceed their quota at the centre. */
    QUOTA_EXCEEDED
}

package se.larcentra.booking.entity;

/**
 * The rules a booking request must keep, in the order they are checked: the first one broken is the
 * answer (a 422 problem's {@code rule} in the API, a translated message on the pages). Only a request
 * that breaks none and overlaps a booking of the room is a conflict.
 */
public enum BookingRule {
    /** Start and end lie on the quarter hours (local time): 08:00, 08:15, ... */
    OFF_GRID("Bookings start and end on the quarter hours (08:00, 08:15, ...)."),
    IN_THE_PAST("That time has passed."),
    TOO_SHORT("The booking is shorter than the centre allows."),
    TOO_LONG("The booking is longer than the centre allows."),
    /** A public holiday, a day the centre closed, or a weekday it has no opening hours. */
    CLOSED_DAY("The centre is closed that day."),
    /** Not within one stretch of the day's opening hours (a lunch break divides a day in two). */
    OUTSIDE_OPENING_HOURS("The centre is not open for all of that time."),
    TOO_FAR_AHEAD("That is further ahead than learners may book at this centre."),
    /** Learners book only the room types the centre lets them book; exam rooms are for staff. */
    ROOM_TYPE_NOT_BOOKABLE("Learners cannot book this kind of room at this centre."),
    OVER_CAPACITY("The room does not seat that many people."),
    /** The learner's hours in that week (Monday to Monday) would exceed their quota at the centre. */
    QUOTA_EXCEEDED("The booking would exceed your weekly hours at this centre.");

    private final String message;

    BookingRule(String message) {
        this.message = message;
    }

    /** What the rule asks, in English (the pages say it in the user's language). */
    public String message() {
        return message;
    }
}

package se.larcentra.booking.entity;

/** What a room is booked for. */
public enum BookingPurpose {
    SELF_STUDY, GROUP_WORK, TUTORING, VIDEO_MEETING, EXAM, OTHER
}

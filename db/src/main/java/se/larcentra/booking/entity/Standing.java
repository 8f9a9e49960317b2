package se.larcentra.booking.entity;

/** What a booker is to a centre, which decides the rules and quota that bind them there. */
public enum Standing {
    /** A learner admitted to an offering the centre hosts: the centre's learner quota. */
    MEMBER,
    /** Any other learner: the centre's visitor quota (which may be none). */
    VISITOR,
    /** A coordinator of the centre or an administrator: any room, no quota, no lead-time limit. */
    STAFF;

    public boolean isLearner() {
        return this != STAFF;
    }
}

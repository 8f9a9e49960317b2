package se.larcentra.centre.entity;

/** What a room offers beyond tables and chairs. */
public enum Equipment {
    VIDEO_CONFERENCING, COMPUTERS, HEARING_LOOP, WHEELCHAIR_ACCESS
}

package se.larcentra.centre.entity;

/** What a room is for. */
public enum RoomType {
    STUDY_ROOM, GROUP_ROOM, EXAM_ROOM, VIDEO_CONFERENCE_ROOM, COMPUTER_ROOM
}

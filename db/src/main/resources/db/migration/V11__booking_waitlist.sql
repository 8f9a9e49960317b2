-- Learners queueing for a taken slot of a room: when the slot frees, the first whose rules still
-- allow it gets the booking, in the transaction that freed it. First come, first served (by id,
-- from a sequence); an entry lapses at the slot's start.
CREATE SEQUENCE booking_waitlist_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE booking_waitlist (
    id          BIGINT PRIMARY KEY,
    room_id     BIGINT NOT NULL REFERENCES room (id),
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    person_id   BIGINT NOT NULL REFERENCES account (id),
    purpose     VARCHAR(20) NOT NULL,
    participants INTEGER NOT NULL,
    status      VARCHAR(20) NOT NULL,
    booking_id  BIGINT REFERENCES booking (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT ck_booking_waitlist_time CHECK (starts_at < ends_at)
);
CREATE INDEX ix_booking_waitlist_room_time ON booking_waitlist (room_id, starts_at);
CREATE INDEX ix_booking_waitlist_person ON booking_waitlist (person_id);

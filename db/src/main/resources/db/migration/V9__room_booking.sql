-- Study-room booking: each centre's booking rules and closed days, and the bookings. That two active
-- bookings of one room never overlap is kept by the database: on PostgreSQL by an exclusion
-- constraint (V10), on both by the booking transaction locking the room's row first.

-- A centre's own rules; a centre without a row has the defaults (BookingRules.DEFAULTS).
CREATE TABLE centre_booking_rules (
    centre_id             BIGINT PRIMARY KEY REFERENCES learning_centre (id),
    min_minutes           INTEGER NOT NULL,
    max_minutes           INTEGER NOT NULL,
    lead_days             INTEGER NOT NULL,
    learner_room_types    VARCHAR(200) NOT NULL,
    member_quota_minutes  INTEGER NOT NULL,
    visitor_quota_minutes INTEGER NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT NOT NULL DEFAULT 0
);

-- A day a centre is closed (closes_at NULL) or closes early (closes_at the time), besides the public
-- holidays, which are computed.
CREATE TABLE centre_closed_day (
    centre_id BIGINT NOT NULL REFERENCES learning_centre (id),
    closed_on DATE NOT NULL,
    closes_at TIME,
    note      VARCHAR(200),
    PRIMARY KEY (centre_id, closed_on)
);

CREATE SEQUENCE booking_seq START WITH 50 INCREMENT BY 50;

-- booked_by made the booking, booked_for is whose it is (the same unless staff booked for a learner).
CREATE TABLE booking (
    id            BIGINT PRIMARY KEY,
    room_id       BIGINT NOT NULL REFERENCES room (id),
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    purpose       VARCHAR(20) NOT NULL,
    participants  INTEGER NOT NULL,
    status        VARCHAR(20) NOT NULL,
    booked_by     BIGINT NOT NULL REFERENCES account (id),
    booked_for    BIGINT NOT NULL REFERENCES account (id),
    checked_in_at TIMESTAMP WITH TIME ZONE,
    ended_at      TIMESTAMP WITH TIME ZONE,
    ended_by      VARCHAR(60),
    end_reason    VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT ck_booking_time CHECK (starts_at < ends_at),
    CONSTRAINT ck_booking_participants CHECK (participants >= 1)
);
CREATE INDEX ix_booking_room_time ON booking (room_id, starts_at);
CREATE INDEX ix_booking_for_time ON booking (booked_for, starts_at);

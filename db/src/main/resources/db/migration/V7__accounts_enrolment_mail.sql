-- Accounts and roles, bearer tokens and one-time links, enrolments with their history, the audit
-- log and the mail outbox. The rules that must hold under parallel load are constraints here, not
-- only checks in Java: seats (admitted_count <= places), one active enrolment per learner and
-- offering, distinct waitlist places.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE enrolment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE enrolment_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                 BIGINT PRIMARY KEY,
    username           VARCHAR(60)  NOT NULL,
    email              VARCHAR(254),
    display_name       VARCHAR(200) NOT NULL,
    municipality_code  VARCHAR(4) REFERENCES municipality (code),
    lang               VARCHAR(2)   NOT NULL,
    password_hash      VARCHAR(200),
    status             VARCHAR(20)  NOT NULL,
    email_confirmed_at TIMESTAMP WITH TIME ZONE,
    failed_logins      INTEGER NOT NULL DEFAULT 0,
    last_failed_login  TIMESTAMP WITH TIME ZONE,
    locked_until       TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_email UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

-- Coordinators are tied to their centres, teachers to the offerings they teach.
CREATE TABLE account_centre (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    centre_id  BIGINT NOT NULL REFERENCES learning_centre (id),
    PRIMARY KEY (account_id, centre_id)
);

CREATE TABLE account_offering (
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    offering_id BIGINT NOT NULL REFERENCES offering (id),
    PRIMARY KEY (account_id, offering_id)
);

-- Bearer tokens for the API: only the SHA-256 of the random 256-bit token is stored.
CREATE TABLE api_token (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_expiry ON api_token (expires_at);

-- E-mail confirmation and password reset links, used once, expiring; stored as SHA-256 only.
CREATE TABLE one_time_link (
    token_hash  VARCHAR(64) PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_one_time_link_account ON one_time_link (account_id);

-- Seats: counted on the offering row, under its lock, and guarded by the database.
ALTER TABLE offering ADD COLUMN requires_approval BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE offering ADD COLUMN admitted_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE offering ADD COLUMN waitlist_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE offering ADD COLUMN waitlist_counter BIGINT NOT NULL DEFAULT 0;
ALTER TABLE offering ADD CONSTRAINT ck_offering_seats
    CHECK (admitted_count >= 0 AND waitlist_count >= 0 AND (places IS NULL OR admitted_count <= places));

-- active_learner_id is the learner while the enrolment is active and NULL after, so that one
-- learner has at most one active enrolment per offering (NULLs are distinct in H2 and PostgreSQL).
-- waitlist_ticket orders the waitlist (first come, first served); the position shown is the rank
-- among those still waiting, so positions never collide or skip.
CREATE TABLE enrolment (
    id                BIGINT PRIMARY KEY,
    offering_id       BIGINT NOT NULL REFERENCES offering (id),
    learner_id        BIGINT REFERENCES account (id),
    active_learner_id BIGINT,
    status            VARCHAR(20) NOT NULL,
    waitlist_ticket   BIGINT,
    applied_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_enrolment_active UNIQUE (offering_id, active_learner_id),
    CONSTRAINT uq_enrolment_ticket UNIQUE (offering_id, waitlist_ticket),
    CONSTRAINT ck_enrolment_ticket CHECK ((status = 'WAITLISTED') = (waitlist_ticket IS NOT NULL))
);
CREATE INDEX ix_enrolment_learner ON enrolment (learner_id);
CREATE INDEX ix_enrolment_offering_status ON enrolment (offering_id, status);

-- Append-only: each step of an enrolment, who took it and why.
CREATE TABLE enrolment_event (
    id            BIGINT PRIMARY KEY,
    enrolment_id  BIGINT NOT NULL REFERENCES enrolment (id),
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(20) NOT NULL,
    actor         VARCHAR(60) NOT NULL,
    reason        VARCHAR(1000)
);
CREATE INDEX ix_enrolment_event_enrolment ON enrolment_event (enrolment_id);

-- Append-only audit log: enrolment changes, account and role changes, data exports.
CREATE TABLE audit_log (
    id         BIGINT PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(60) NOT NULL,
    action     VARCHAR(60) NOT NULL,
    subject    VARCHAR(100) NOT NULL,
    detail     VARCHAR(2000)
);
CREATE INDEX ix_audit_log_at ON audit_log (at);

-- Mail is written here in the business transaction and sent later by a timer (at least once).
CREATE TABLE mail_outbox (
    id              BIGINT PRIMARY KEY,
    message_id      VARCHAR(200) NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    lang            VARCHAR(2) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            VARCHAR(20000),
    status          VARCHAR(10) NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_mail_message_id UNIQUE (message_id)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);

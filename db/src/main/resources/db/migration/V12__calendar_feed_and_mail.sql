-- A private calendar feed per person: its secret token is the feed's address (as calendar programs
-- subscribe to a URL without signing in). A new token replaces the old, which stops working.
CREATE TABLE calendar_feed (
    account_id BIGINT PRIMARY KEY REFERENCES account (id),
    token      VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_calendar_feed_token UNIQUE (token)
);

-- A mail about a booking carries the event as iCalendar (METHOD:REQUEST or CANCEL), sent as a
-- text/calendar part beside the text, so that calendar programs add, update or remove it.
ALTER TABLE mail_outbox ADD COLUMN calendar_ics VARCHAR(20000);

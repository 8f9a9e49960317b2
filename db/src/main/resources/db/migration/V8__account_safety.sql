-- Demo accounts carry a stored mark, set when the demo data creates them: a server started without
-- demo data retires every marked account, whatever it is called. Accounts made before the mark
-- existed are recognised by the demo's published password, whose hash is the same in every database.
ALTER TABLE account ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE account SET demo = TRUE
 WHERE password_hash = 'pbkdf2-sha256$600000$4btZEnqCm0NnGOO3zw9A5w==$CWFFXzY8prwt8t0NzhMgtPp+RBqXnyiq5M/v4/IPEUg=';

-- A session remembers the credential version it signed in with; a password reset or a
-- deactivation moves the version on, which ends every session of the account on its next request.
ALTER TABLE account ADD COLUMN credential_version INTEGER DEFAULT 0 NOT NULL;

-- Failed logins are no longer counted on the account row (where anyone could lock anyone out) but
-- per account and client address, in memory (LoginThrottle).
ALTER TABLE account DROP COLUMN failed_logins;
ALTER TABLE account DROP COLUMN last_failed_login;
ALTER TABLE account DROP COLUMN locked_until;

-- Mail that holds a live secret (a confirmation or password link) is never shown again in full:
-- the personal-data export leaves its text out.
ALTER TABLE mail_outbox ADD COLUMN holds_secret BOOLEAN DEFAULT FALSE NOT NULL;

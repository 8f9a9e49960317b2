-- Reference data records when it was loaded and changed, like every other table.
ALTER TABLE municipality ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE municipality ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;

-- The search index's change log: every committed change to something an offering's search document
-- shows (offering, course, provider, centre) adds a row in the same transaction. Each server applies
-- the rows in id order to its own index and remembers the last id it applied in the index itself, so
-- a rolled-back change never reaches search and a second server sharing the database misses nothing.
CREATE SEQUENCE search_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE search_change (
    id          BIGINT PRIMARY KEY,
    entity_kind VARCHAR(20) NOT NULL,
    entity_id   BIGINT NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

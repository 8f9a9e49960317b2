-- Change rows are now written with plain SQL by an entity listener, one id at a time, so the ids
-- are dense: a missing id is a transaction in flight or rolled back, not the rest of a JPA block.
-- The new sequence restarts at 1, so the rows of the old one go: the log is derived data, and an
-- index that has read further than the log now reaches rebuilds itself at start.
DELETE FROM search_change;
DROP SEQUENCE search_change_seq;
CREATE SEQUENCE search_change_id START WITH 1 INCREMENT BY 1;

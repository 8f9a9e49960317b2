-- Change rows are now written with plain SQL by an entity listener, one id at a time, so the ids
-- are dense: a missing id is a transaction in flight or rolled back, not the rest of a JPA block.
DROP SEQUENCE search_change_seq;
CREATE SEQUENCE search_change_id START WITH 1 INCREMENT BY 1;

-- Titles sort in Swedish alphabetical order through a key of digits (see SwedishSortKey), which
-- every database and collation orders alike. V5 fills it for rows written before this column.
ALTER TABLE course_text ADD COLUMN title_sort VARCHAR(600);

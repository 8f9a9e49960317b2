package se.larcentra.catalog.entity;

/** The level a course is taught at. */
public enum StudyLevel {
    KOMVUX_BASIC, KOMVUX_UPPER_SECONDARY, UNIVERSITY, YH, FOLK_HIGH_SCHOOL, OTHER
}

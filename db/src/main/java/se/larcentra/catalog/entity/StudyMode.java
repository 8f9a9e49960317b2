package se.larcentra.catalog.entity;

/** How an offering is studied. */
public enum StudyMode {
    DISTANCE, CAMPUS, BLENDED
}

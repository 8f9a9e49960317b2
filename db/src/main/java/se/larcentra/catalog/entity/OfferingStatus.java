package se.larcentra.catalog.entity;

/** Where an offering stands on a given day. */
public enum OfferingStatus {
    PLANNED, OPEN_FOR_APPLICATION, FULL, RUNNING, FINISHED, CANCELLED
}

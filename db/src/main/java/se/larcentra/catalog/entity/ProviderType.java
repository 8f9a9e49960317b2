package se.larcentra.catalog.entity;

/** The kind of organisation that provides education. */
public enum ProviderType {
    UNIVERSITY, KOMVUX, FOLK_HIGH_SCHOOL, YH, LEARNING_CENTRE, OTHER
}

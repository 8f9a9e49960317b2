/**
 * Persistence building blocks shared by every component: creation and change timestamps,
 * optimistic locking, the mapping of {@link java.time.Instant} to UTC timestamps, and the lookup of
 * texts stored per language.
 */
package se.larcentra.platform.entity;

/**
 * Loads the demo data set at start-up when {@code LARCENTRA_DEMO} is on, exactly once per
 * database: a restart or a second server never loads it again.
 */
package se.larcentra.demo.boundary;

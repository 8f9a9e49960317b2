/**
 * The regional catalogue: education providers, the courses they teach and each offering (one run
 * of a course) with its dates, pace, mode, hosting centres, places and application window.
 */
package se.larcentra.catalog.entity;

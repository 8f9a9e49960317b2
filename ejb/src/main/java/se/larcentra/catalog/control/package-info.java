/** Queries behind the catalogue boundary. */
package se.larcentra.catalog.control;

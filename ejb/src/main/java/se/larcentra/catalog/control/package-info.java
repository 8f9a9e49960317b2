/** Queries behind the catalogue boundary, and the import of course data in the national EMIL3 shape. */
package se.larcentra.catalog.control;

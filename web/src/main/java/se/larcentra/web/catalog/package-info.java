/**
 * The catalogue's pages: the list of all offerings ({@code /catalog.xhtml}) and one offering
 * ({@code /offering/{id}}).
 */
package se.larcentra.web.catalog;

/**
 * The search page ({@code /search.xhtml}): free text, facets, filters, "near", order and paging, its
 * whole state in the address; the parameters are the search API's.
 */
package se.larcentra.web.search;

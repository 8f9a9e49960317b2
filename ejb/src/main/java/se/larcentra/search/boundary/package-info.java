/**
 * Search over the catalogue's offerings: free text in Swedish and English, facets, filters, "near a
 * place", autocomplete and spelling suggestions, answered from the Lucene index.
 */
package se.larcentra.search.boundary;

/**
 * The Lucene index of offerings and what keeps it current: the change capture on the persistence
 * unit that writes the change log in every transaction changing what search shows, analysis for
 * Swedish and English, and the building of queries.
 */
package se.larcentra.search.control;

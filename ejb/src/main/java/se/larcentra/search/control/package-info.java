/**
 * The Lucene index of offerings and what keeps it current: the change log written by every
 * catalogue change, analysis for Swedish and English, and the building of queries.
 */
package se.larcentra.search.control;

/**
 * The search index's change log: which catalogue records changed, in commit order, so that every
 * server can bring its own Lucene index up to date from the database.
 */
package se.larcentra.search.entity;

/**
 * The regional catalogue: learning centres with their rooms, providers, courses and offerings,
 * read by anybody. Owns the paging and ordering rules that every catalogue list follows.
 */
package se.larcentra.catalog.boundary;

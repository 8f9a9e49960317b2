/**
 * The server side of the search benchmark (app/src/bench): grows the catalogue to a number of
 * realistic offerings, times searches inside the server, rebuilds the index and reports its memory.
 * Part of the benchmark's helper WAR, deployed only in the benchmark's own EAR and domain; the
 * production EAR holds none of it.
 */
package se.larcentra.bench.boundary;

/**
 * The server side of the search benchmark (app/src/bench): grows the catalogue to a number of
 * realistic offerings, times searches inside the server, rebuilds the index and reports its memory.
 * Refuses to work unless {@code LARCENTRA_BENCH} is on, which only the benchmark's own domain sets.
 */
package se.larcentra.bench.boundary;

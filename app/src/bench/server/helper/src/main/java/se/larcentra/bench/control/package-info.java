/**
 * The benchmark's data: a deterministic generator of courses and offerings in Swedish and English
 * across subjects, provider types and all municipalities, and the writer that stores them in batches.
 */
package se.larcentra.bench.control;

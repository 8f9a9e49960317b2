/**
 * What every component shares at its boundary: paged results, the not-found exception family, the
 * application's clock and configuration, and the schema migration that runs before anything else.
 */
package se.larcentra.platform.boundary;

/**
 * The catalogue's REST API ({@code /api/v1/centres}, {@code /api/v1/offerings}): read-only, open to
 * everybody, texts in the language asked for.
 */
package se.larcentra.api.catalog;

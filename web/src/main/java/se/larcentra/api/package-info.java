/**
 * The REST API's shared parts: the application path, the list envelope, paging and language
 * parameters, and RFC 9457 problem documents for every error. The resources of each business
 * component live in {@code se.larcentra.api.<component>}.
 */
package se.larcentra.api;

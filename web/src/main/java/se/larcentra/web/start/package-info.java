/** The start page: what the service is, a way into the catalogue, and the learning centres. */
package se.larcentra.web.start;

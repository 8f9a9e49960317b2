/** How pages show dates, times and numbers in the session's language. */
package se.larcentra.web.format;

/**
 * The language of the user interface: the session's choice of Swedish (default) or English, the
 * filter that takes the choice from a link, and the message bundles every page takes its text from.
 */
package se.larcentra.web.i18n;

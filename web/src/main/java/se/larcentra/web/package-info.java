/**
 * The presentation tier's pages: one backing bean per page in a package that mirrors the page's
 * path, the stable addresses of offerings and centres, and what all pages share.
 */
package se.larcentra.web;

/** A learning centre's page ({@code /centre/{id}}): address, opening hours and rooms. */
package se.larcentra.web.centre;

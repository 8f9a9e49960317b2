/**
 * The places learning happens: municipalities (reference data), learning centres with their
 * addresses, coordinates and opening hours, and their rooms with type, capacity and equipment.
 */
package se.larcentra.centre.entity;

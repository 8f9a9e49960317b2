/**
 * Study-room booking: when a centre's rooms can be booked (its calendar of opening hours, public
 * holidays, closed and shortened days), the centre's booking rules, and the checks a booking request
 * must pass, in the order the API names them.
 */
package se.larcentra.booking.entity;

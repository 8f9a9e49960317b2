/**
 * The demo data set: learning centres in all 18 municipalities, providers of every type, and a few
 * hundred courses with their offerings, generated deterministically around the day it is loaded.
 */
package se.larcentra.demo.control;

package se.larcentra.booking.control;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import se.larcentra.booking.entity.Booking;
import se.larcentra.booking.entity.BookingStatus;
import se.larcentra.booking.entity.SwedishTime;
import se.larcentra.centre.entity.LearningCentre;

/**
 * Bookings as iCalendar (RFC 5545), made by ical4j: times in Europe/Stockholm with its VTIMEZONE,
 * each event with a stable UID and a SEQUENCE that grows with every change, so that calendar
 * programs update the same event rather than add another.
 */
public final class Ics {

    /** The calendar's producer, as RFC 5545 asks for one. */
    static final String PRODUCT = "-//Lärcentra Värmland//Rumsbokning 1.0//SV";

    /**
     * Stockholm's VTIMEZONE. ical4j's zone data follows the tz database, where Europe/Stockholm is
     * now a link to Europe/Berlin (the same rules since 1980), so its definition is named Berlin; the
     * events name Stockholm, so the definition is renamed to match, as RFC 5545 requires.
     */
    private static final VTimeZone STOCKHOLM = stockholm();

    /** One event; {@code location} may be null. */
    public record Event(String uid, int sequence, Instant start, Instant end, String summary, String location, boolean cancelled) {
    }

    private Ics() {
    }

    private static VTimeZone stockholm() {
        // As ical4j.properties says, for when that file is not what ical4j's class loader finds first.
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        VTimeZone zone = (VTimeZone) zones.getTimeZone(SwedishTime.ZONE.getId()).getVTimeZone().copy();
        zone.replace(new TzId(SwedishTime.ZONE.getId()));
        zone.removeAll("TZURL", "X-LIC-LOCATION");
        return zone;
    }

    /** A booking as an event in its person's own calendar: room and centre, the centre's address. */
    public static Event of(Booking b, String language) {
        LearningCentre centre = b.getRoom().getCentre();
        String where = centre.getAddress() == null ? null : centre.getAddress().street() + ", " + centre.getAddress().town();
        boolean off = !b.getStatus().holdsRoom();
        // The version counts the booking's changes; one more when it ends, as that change may not be written yet.
        return new Event(uid(b), (int) b.getVersion() + (off ? 1 : 0), b.getTime().start(), b.getTime().end(),
                b.getRoom().name(language) + ", " + centre.name(language), where, off);
    }

    /** Stable for the booking's life, so that every message and feed names the same event. */
    public static String uid(Booking b) {
        return "booking-" + b.getId() + "@larcentra";
    }

    /** A feed (METHOD:PUBLISH) named for calendar programs that show a name. */
    public static String feed(String name, List<Event> events) {
        return calendar(Method.VALUE_PUBLISH, name, events);
    }

    /** A message about one event: REQUEST when made or changed, CANCEL when it is off. */
    public static String message(Event event) {
        return calendar(event.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST, null, List.of(event));
    }

    private static String calendar(String method, String name, List<Event> events) {
        return build(method, name, events).toString();
    }

    static Calendar build(String method, String name, List<Event> events) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().withProperty(new Method(method)).getFluentTarget();
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        calendar.add((VTimeZone) STOCKHOLM.copy());
        for (Event e : events) {
            VEvent event = new VEvent(ZonedDateTime.ofInstant(e.start(), SwedishTime.ZONE), ZonedDateTime.ofInstant(e.end(), SwedishTime.ZONE),
                    e.summary());
            event.add(new Uid(e.uid()));
            event.add(new Sequence(e.sequence()));
            event.add(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
            if (e.location() != null) {
                event.add(new Location(e.location()));
            }
            calendar.add(event);
        }
        return calendar;
    }
}

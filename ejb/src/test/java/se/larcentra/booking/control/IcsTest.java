package se.larcentra.booking.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

class IcsTest {

    private static final Ics.Event TUESDAY = new Ics.Event("booking-7@larcentra", 2, Instant.parse("2027-03-30T08:00:00Z"),
            Instant.parse("2027-03-30T09:00:00Z"), "Studierum 1, Lärcentrum Torsby", "Järnvägsgatan 8, Torsby", false);

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void aFeedIsValidICalendarWithItsEventsInStockholmTime() throws Exception {
        String ics = Ics.feed("Mina bokningar", List.of(TUESDAY));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0\r\n", "METHOD:PUBLISH\r\n", "X-WR-CALNAME:Mina bokningar",
                "DTSTART;TZID=Europe/Stockholm:20270330T100000", "DTEND;TZID=Europe/Stockholm:20270330T110000");
        Ics.build("PUBLISH", "Mina bokningar", List.of(TUESDAY)).validate(); // as made; RFC 5545's rules
        Calendar calendar = parse(ics);
        List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
        VEvent event = (VEvent) calendar.getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("booking-7@larcentra");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Studierum 1, Lärcentrum Torsby");
        assertThat(event.getProperty("DTSTAMP")).isPresent();
        ZonedDateTime start = (ZonedDateTime) event.getDateTimeStart().orElseThrow().getDate();
        assertThat(start.toInstant()).isEqualTo(TUESDAY.start());
    }

    @Test
    void aCancellationNamesTheSameEventWithAHigherSequence() throws Exception {
        Ics.Event off = new Ics.Event(TUESDAY.uid(), 3, TUESDAY.start(), TUESDAY.end(), TUESDAY.summary(), null, true);
        Calendar calendar = parse(Ics.message(off));
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = (VEvent) calendar.getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo(TUESDAY.uid());
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("3");
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(parse(Ics.message(TUESDAY)).getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    }
}

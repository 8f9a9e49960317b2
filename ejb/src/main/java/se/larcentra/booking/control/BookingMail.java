package se.larcentra.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.larcentra.account.entity.Account;
import se.larcentra.booking.entity.Booking;
import se.larcentra.booking.entity.SwedishTime;
import se.larcentra.mail.control.Outbox;
import se.larcentra.mail.entity.OutboxMessage;

/** Tells the person a booking is for what became of it, in their language, through the outbox (in the same transaction). */
@ApplicationScoped
public class BookingMail {

    /** What a mail is about: confirmed, moved, cancelled by someone else, released as a no-show, assigned from the queue. */
    public enum Kind {
        CONFIRMED, CHANGED, CANCELLED, RELEASED, ASSIGNED
    }

    @Inject
    Outbox outbox;

    public void tell(Booking booking, Kind kind, String reason) {
        Account person = booking.getBookedFor();
        if (person.getEmail().isEmpty()) {
            return;
        }
        String language = person.getLanguage();
        OutboxMessage message = outbox.enqueue(person.getEmail().get(), language, "booking." + kind.name().toLowerCase(Locale.ROOT),
                person.getDisplayName(), booking.getRoom().name(language), booking.getRoom().getCentre().name(language),
                when(booking, language), reason == null ? "" : reason, Outbox.baseUrl() + "me/bookings.xhtml");
        // The event itself, so the person's calendar adds it, or removes it (the same UID, a higher SEQUENCE).
        message.attachCalendar(Ics.message(Ics.of(booking, language)));
    }

    /** "tisdag 23 mars 2027 10:00–11:00", local time. */
    static String when(Booking booking, String language) {
        Locale locale = Locale.forLanguageTag(language);
        var start = SwedishTime.local(booking.getTime().start());
        var end = SwedishTime.local(booking.getTime().end());
        return start.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", locale)) + "–" + end.format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}

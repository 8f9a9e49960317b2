package se.larcentra.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.larcentra.booking.control.Ics;

class MailWithCalendarTest {

    private static final Ics.Event EVENT = new Ics.Event("booking-7@larcentra", 1, Instant.parse("2027-03-30T08:00:00Z"),
            Instant.parse("2027-03-30T09:00:00Z"), "Studierum 1, Lärcentrum Torsby", null, false);

    @Test
    void aMailAboutABookingCarriesTheTextAndTheEventWithItsMethod() throws Exception {
        MimeMultipart mail = MailSender.withCalendar("Hej!", Ics.message(EVENT));
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        assertThat(mail.getCount()).isEqualTo(2);
        assertThat(mail.getBodyPart(0).getContent()).isEqualTo("Hej!");
        BodyPart calendar = mail.getBodyPart(1);
        assertThat(calendar.getContentType()).contains("text/calendar", "method=REQUEST");
        assertThat(calendar.getFileName()).isEqualTo("invite.ics");
        assertThat((String) calendar.getContent()).contains("UID:booking-7@larcentra");
    }

    @Test
    void aCancellationSaysCancel() throws Exception {
        Ics.Event off = new Ics.Event(EVENT.uid(), 2, EVENT.start(), EVENT.end(), EVENT.summary(), null, true);
        BodyPart calendar = MailSender.withCalendar("Avbokat.", Ics.message(off)).getBodyPart(1);
        assertThat(calendar.getContentType()).contains("method=CANCEL");
        assertThat(calendar.getFileName()).isEqualTo("cancel.ics");
    }
}

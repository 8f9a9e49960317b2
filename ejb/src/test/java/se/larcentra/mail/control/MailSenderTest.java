package se.larcentra.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class MailSenderTest {

    @Test
    void aRefusedTimedOutOrUnknownServerIsUnreachable() {
        assertThat(MailSender.serverUnreachable(new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")))).isTrue();
        assertThat(MailSender.serverUnreachable(new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out")))).isTrue();
        assertThat(MailSender.serverUnreachable(new MessagingException("Unknown SMTP host",
                new UnknownHostException("smtp.example.invalid")))).isTrue();
    }

    @Test
    void aMessageTheServerRefusesIsNot() {
        assertThat(MailSender.serverUnreachable(new SendFailedException("Invalid Addresses"))).isFalse();
        assertThat(MailSender.serverUnreachable(new AddressException("Illegal address", "not an address"))).isFalse();
        assertThat(MailSender.serverUnreachable(new IllegalStateException("no body"))).isFalse();
    }
}

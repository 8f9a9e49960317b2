package se.larcentra.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests' SMTP server (GreenMail) on the port the IT domain's mail session uses (20025), in the
 * test JVM: tests read what the server sent, and stop and start it to play an outage.
 */
public final class Mailbox implements AutoCloseable, org.junit.jupiter.api.extension.BeforeAllCallback,
        org.junit.jupiter.api.extension.AfterAllCallback {

    public static final int PORT = Integer.parseInt(System.getProperty("larcentra.smtp.port", "20025"));

    private final GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    public Mailbox start() {
        server.start();
        return this;
    }

    /** As a static {@code @RegisterExtension}: running for the whole test class. */
    @Override
    public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
        stop();
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** Messages received for {@code address} so far. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    /** Waits up to {@code seconds} for the {@code count}-th message to {@code address}; returns all of them. */
    public List<MimeMessage> await(String address, int count, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        List<MimeMessage> received = to(address);
        while (received.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            received = to(address);
        }
        assertThat(received).as("messages to %s within %d s", address, seconds).hasSizeGreaterThanOrEqualTo(count);
        return received;
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of {@code token=} in the first link of the message. */
    public static String linkToken(MimeMessage message) {
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body(message));
        assertThat(m.find()).as("a link with a token in: %s", body(message)).isTrue();
        return m.group(1);
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}

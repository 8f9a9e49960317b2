package se.larcentra.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.larcentra.platform.control.PeriodicJob;
import se.larcentra.platform.boundary.Settings;

/**
 * Sends the outbox through the container's {@code mail/larcentra} session: every
 * {@code LARCENTRA_MAIL_POLL_SECONDS} (default 5) it takes the due messages one by one, sends each
 * and records the outcome. A failure is retried after {@code LARCENTRA_MAIL_RETRY_SECONDS} (default
 * 60), doubling each time, until {@code LARCENTRA_MAIL_MAX_ATTEMPTS} (default 10) attempts; then the
 * message is FAILED, for an administrator to look at and retry. When the mail server cannot be
 * reached at all, the round ends with the first message: the others stay due, untouched, for the
 * next round, so an outage costs one connection attempt per round and not a timeout per message.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 50;

    @Resource(lookup = "mail/larcentra")
    Session session;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    OutboxStore store;

    private final AtomicBoolean running = new AtomicBoolean();
    private PeriodicJob poller;

    @PostConstruct
    void start() {
        poller = PeriodicJob.start("mail-sender", Settings.seconds("LARCENTRA_MAIL_POLL_SECONDS", 5), threads, this::sendDue);
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.close();
        }
    }

    /** Sends what is due now (also called by an administrator's retry, so it need not wait for the timer). */
    public void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Duration retry = Settings.seconds("LARCENTRA_MAIL_RETRY_SECONDS", 60);
            int maxAttempts = (int) Settings.number("LARCENTRA_MAIL_MAX_ATTEMPTS", 10);
            for (Long id : store.due(BATCH)) {
                Optional<OutboxStore.Mail> leased = store.lease(id);
                if (leased.isEmpty()) {
                    continue;
                }
                OutboxStore.Mail mail = leased.get();
                try {
                    Transport.send(toMessage(mail));
                    store.sent(mail.id());
                } catch (MessagingException | RuntimeException e) {
                    store.failed(mail.id(), e.toString(), retry, maxAttempts);
                    LOG.log(Level.INFO, () -> "Mail " + mail.messageId() + " not sent yet: " + e);
                    if (serverUnreachable(e)) {
                        // The rest of the batch would only wait out the same timeouts, and count attempts
                        // against a server that is away; they stay due for the next round.
                        break;
                    }
                }
            }
        } finally {
            running.set(false);
        }
    }

    /** Whether sending failed for want of a connection (refused, timed out, unknown host), not over this message. */
    static boolean serverUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.SocketException || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text, and the event as a text/calendar part with its METHOD (so that calendar programs
     * offer to add, update or remove it), also named as an .ics file for those that only see files.
     */
    static MimeMultipart withCalendar(String body, String ics) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        String method = ics.lines().filter(line -> line.startsWith("METHOD:")).map(line -> line.substring(7).strip()).findFirst()
                .orElse("PUBLISH");
        MimeBodyPart calendar = new MimeBodyPart();
        String type = "text/calendar; charset=UTF-8; method=" + method;
        calendar.setContent(ics, type);
        calendar.setHeader("Content-Type", type); // now, not only when the message is saved
        calendar.setFileName(method.equals("CANCEL") ? "cancel.ics" : "invite.ics");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text);
        mixed.addBodyPart(calendar);
        return mixed;
    }

    private MimeMessage toMessage(OutboxStore.Mail mail) throws MessagingException {
        String messageId = mail.messageId();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId); // the stored one, not a fresh one per attempt
            }
        };
        String from = Settings.get("LARCENTRA_MAIL_FROM").orElse(session.getProperty("mail.from"));
        if (from != null) {
            message.setFrom(new InternetAddress(from));
        } else {
            message.setFrom();
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.calendar() == null) {
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
        } else {
            message.setContent(withCalendar(mail.body(), mail.calendar()));
        }
        message.setSentDate(new Date());
        return message;
    }
}

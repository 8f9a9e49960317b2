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
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.larcentra.platform.control.Settings;

/**
 * Sends the outbox through the container's {@code mail/larcentra} session: every
 * {@code LARCENTRA_MAIL_POLL_SECONDS} (default 5) it takes the due messages one by one, sends each
 * and records the outcome. A failure is retried after {@code LARCENTRA_MAIL_RETRY_SECONDS} (default
 * 60), doubling each time, until {@code LARCENTRA_MAIL_MAX_ATTEMPTS} (default 10) attempts; then the
 * message is FAILED, for an administrator to look at and retry.
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
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxStore store;

    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledFuture<?> poller;

    @PostConstruct
    void start() {
        long every = Math.max(1, Settings.number("LARCENTRA_MAIL_POLL_SECONDS", 5));
        poller = scheduler.scheduleWithFixedDelay(this::sendDueSafely, every, every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.cancel(false);
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
                store.lease(id).ifPresent(mail -> {
                    try {
                        Transport.send(toMessage(mail));
                        store.sent(mail.id());
                    } catch (MessagingException | RuntimeException e) {
                        store.failed(mail.id(), e.toString(), retry, maxAttempts);
                        LOG.log(Level.INFO, () -> "Mail " + mail.messageId() + " not sent yet: " + e);
                    }
                });
            }
        } finally {
            running.set(false);
        }
    }

    private void sendDueSafely() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the outbox failed; trying again later", e);
        }
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
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        return message;
    }
}

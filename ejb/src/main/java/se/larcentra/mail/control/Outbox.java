package se.larcentra.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import se.larcentra.mail.entity.OutboxMessage;
import se.larcentra.platform.boundary.Settings;

/**
 * Writes mail to the outbox in the caller's transaction: it is sent (by {@link MailSender}) exactly
 * when the change it tells about commits. Texts come from {@code MailTexts} in the recipient's
 * language: {@code <kind>.subject} and {@code <kind>.body}, with {@code {0}}, {@code {1}}… filled in.
 */
@ApplicationScoped
public class Outbox {

    static final String BUNDLE = "se.larcentra.mail.control.MailTexts";

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Inject
    Clock clock;

    public OutboxMessage enqueue(String recipient, String language, String kind, Object... arguments) {
        return write(false, recipient, language, kind, arguments);
    }

    /** As {@link #enqueue}, for a message whose text holds a secret link (see {@link OutboxMessage#holdsSecret()}). */
    public OutboxMessage enqueueSecret(String recipient, String language, String kind, Object... arguments) {
        return write(true, recipient, language, kind, arguments);
    }

    private OutboxMessage write(boolean secret, String recipient, String language, String kind, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)); // never the JVM's locale
        Locale locale = Locale.forLanguageTag(language);
        String subject = new MessageFormat(texts.getString(kind + ".subject"), locale).format(arguments);
        String body = new MessageFormat(texts.getString(kind + ".body"), locale).format(arguments)
                + "\n\n" + texts.getString("signature");
        OutboxMessage message = secret ? OutboxMessage.holdingSecret(newMessageId(), recipient, language, subject, body, clock.instant())
                : new OutboxMessage(newMessageId(), recipient, language, subject, body, clock.instant());
        em.persist(message);
        return message;
    }

    /** A Message-ID fixed when the message is written, so a repeat after a crash is recognisable. */
    static String newMessageId() {
        String from = Settings.get("LARCENTRA_MAIL_FROM").orElse("noreply@larcentra.local");
        String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1).replace(">", "").strip() : "larcentra.local";
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    /** The public address of the service, for links in mail, ending in {@code /}. */
    public static String baseUrl() {
        String base = Settings.get("LARCENTRA_BASE_URL").orElse("http://localhost:8080/");
        return base.endsWith("/") ? base : base + "/";
    }
}

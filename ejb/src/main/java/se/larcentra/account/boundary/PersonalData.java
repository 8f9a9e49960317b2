package se.larcentra.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import se.larcentra.account.control.Callers;
import se.larcentra.account.control.PasswordHasher;
import se.larcentra.account.control.PasswordHashing;
import se.larcentra.account.entity.Account;
import se.larcentra.booking.entity.Booking;
import se.larcentra.booking.entity.BookingStatus;
import se.larcentra.account.entity.Role;
import se.larcentra.enrolment.control.EnrolmentMoves;
import se.larcentra.enrolment.entity.Enrolment;
import se.larcentra.mail.entity.OutboxMessage;
import se.larcentra.platform.control.AuditLog;
import se.larcentra.platform.entity.AuditEntry;

/**
 * A learner's own data: everything the service holds about them, as JSON, and erasing the account.
 * Erasing withdraws active applications (their seats go to the waitlist) and cancels bookings still
 * to come (their rooms go back to others), then replaces name,
 * e-mail and username with a pseudonym; enrolment histories stay, so that statistics and other
 * learners' records (who got the freed seat) remain intact.
 */
@Stateless
@RolesAllowed(Role.LEARNER_NAME)
public class PersonalData {

    /** What the export shows instead of the text of a mail that held a secret link. */
    public static final String REDACTED = "[left out: this message held a link that may still work]";

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Callers callers;

    @Inject
    EnrolmentMoves moves;

    @Inject
    AuditLog audit;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    /** Everything about the caller: account, enrolments with history, bookings, mail sent to them, audit entries about them. */
    public String export() {
        Account me = callers.account(context.getCallerPrincipal());
        JsonObjectBuilder account = Json.createObjectBuilder()
                .add("id", me.getId()).add("username", me.getUsername()).add("name", me.getDisplayName())
                .add("email", me.getEmail().orElse("")).add("municipality", me.getMunicipalityCode().orElse(""))
                .add("language", me.getLanguage()).add("status", me.getStatus().name())
                .add("roles", Json.createArrayBuilder(me.getRoles().stream().map(Role::roleName).sorted().toList()))
                .add("createdAt", me.getCreatedAt().toString())
                .add("emailConfirmedAt", me.getEmailConfirmedAt().map(Object::toString).orElse(""));
        JsonArrayBuilder enrolments = Json.createArrayBuilder();
        for (Enrolment e : em.createNamedQuery("Enrolment.ofLearner", Enrolment.class).setParameter("learner", me).getResultList()) {
            JsonArrayBuilder history = Json.createArrayBuilder();
            e.getHistory().forEach(step -> history.add(Json.createObjectBuilder().add("at", step.getAt().toString())
                    .add("status", step.getStatus().name()).add("by", step.getActor())
                    .add("reason", step.getReason().orElse(""))));
            enrolments.add(Json.createObjectBuilder().add("id", e.getId()).add("offeringId", e.getOffering().getId())
                    .add("course", e.getOffering().getCourse().title(me.getLanguage()))
                    .add("status", e.getStatus().name()).add("appliedAt", e.getAppliedAt().toString()).add("history", history));
        }
        JsonArrayBuilder bookings = Json.createArrayBuilder();
        for (Booking b : em.createNamedQuery("Booking.ofPerson", Booking.class).setParameter("person", me).getResultList()) {
            bookings.add(Json.createObjectBuilder().add("id", b.getId()).add("roomId", b.getRoom().getId())
                    .add("room", b.getRoom().name(me.getLanguage())).add("centre", b.getRoom().getCentre().name(me.getLanguage()))
                    .add("start", b.getTime().start().toString()).add("end", b.getTime().end().toString())
                    .add("purpose", b.getPurpose().name()).add("participants", b.getParticipants()).add("status", b.getStatus().name()));
        }
        JsonArrayBuilder mail = Json.createArrayBuilder();
        me.getEmail().ifPresent(address -> em.createQuery("SELECT m FROM OutboxMessage m WHERE m.recipient = :to ORDER BY m.id",
                OutboxMessage.class).setParameter("to", address).getResultStream()
                .forEach(m -> mail.add(Json.createObjectBuilder().add("createdAt", m.getCreatedAt().toString())
                        .add("subject", m.getSubject()).add("status", m.getStatus().name())
                        // A confirmation or password link may still work: whoever gets hold of the file must not get it.
                        .add("body", m.holdsSecret() ? REDACTED : m.getBody().orElse("")))));
        JsonArrayBuilder auditEntries = Json.createArrayBuilder();
        em.createQuery("SELECT a FROM AuditEntry a WHERE a.actor = :me OR a.subject = :subject ORDER BY a.id", AuditEntry.class)
                .setParameter("me", me.getUsername()).setParameter("subject", "account:" + me.getId())
                .getResultStream().forEach(a -> auditEntries.add(Json.createObjectBuilder().add("at", a.getAt().toString())
                        .add("actor", a.getActor()).add("action", a.getAction()).add("subject", a.getSubject())));
        audit.record(me.getUsername(), "account.export", "account:" + me.getId(), "personal data downloaded");
        return Json.createObjectBuilder().add("exportedAt", clock.instant().toString()).add("account", account)
                .add("enrolments", enrolments).add("bookings", bookings).add("mail", mail).add("audit", auditEntries).build().toString();
    }

    /**
     * Erases the caller's account (see the class comment), once they have given their password again:
     * a session left open on a shared computer must not be enough. Every session ends with it.
     */
    public void erase(@NotNull String password) {
        Account me = callers.account(context.getCallerPrincipal());
        String hash = me.getPasswordHash().orElse(PasswordHasher.dummyHash());
        if (password.length() > PasswordHasher.MAX_LENGTH || !hashing.verify(password, hash)) {
            throw new AccountRefusedException(AccountRefusedException.Reason.PASSWORD_WRONG);
        }
        String username = me.getUsername();
        for (Enrolment e : em.createNamedQuery("Enrolment.ofLearner", Enrolment.class).setParameter("learner", me).getResultList()) {
            if (e.getStatus().isActive()) {
                moves.withdraw(e, username, "account deleted");
            }
        }
        Instant now = clock.instant();
        for (Booking b : em.createNamedQuery("Booking.ofPerson", Booking.class).setParameter("person", me).getResultList()) {
            if (b.getStatus() == BookingStatus.CONFIRMED && now.isBefore(b.getTime().end())) {
                b.cancel(username, "account deleted", now); // the room goes back to others
            }
        }
        me.getEmail().ifPresent(address -> em.createQuery("UPDATE OutboxMessage m SET m.body = NULL, m.calendar = NULL WHERE m.recipient = :to")
                .setParameter("to", address).executeUpdate());
        em.createQuery("DELETE FROM ApiToken t WHERE t.account = :me").setParameter("me", me).executeUpdate();
        em.createQuery("DELETE FROM OneTimeLink l WHERE l.account = :me").setParameter("me", me).executeUpdate();
        String pseudonym = "erased-" + me.getId();
        me.erase(pseudonym);
        em.flush(); // the changes above first, so that the rewrite below reaches them
        // The only rewrite of the append-only logs: the learner's name goes, the entries and their order stay.
        for (String[] log : new String[][] {{"enrolment_event", "actor"}, {"audit_log", "actor"}, {"booking", "ended_by"}}) {
            em.createNativeQuery("UPDATE " + log[0] + " SET " + log[1] + " = ? WHERE " + log[1] + " = ?")
                    .setParameter(1, pseudonym).setParameter(2, username).executeUpdate();
        }
        audit.record(pseudonym, "account.erase", "account:" + me.getId(), "personal data erased at the learner's request");
    }
}

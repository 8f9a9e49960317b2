package se.larcentra.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larcentra.system.Transactions.inTransaction;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.AccountStatus;
import se.larcentra.account.entity.Role;
import se.larcentra.booking.entity.Booking;
import se.larcentra.booking.entity.BookingPurpose;
import se.larcentra.booking.entity.BookingStatus;
import se.larcentra.booking.entity.TimeRange;
import se.larcentra.centre.entity.Room;
import se.larcentra.centre.entity.RoomType;
import se.larcentra.mail.entity.OutboxMessage;
import se.larcentra.system.Deployments;
import se.larcentra.system.Transactions;

/**
 * Bookings nobody checks in are released by the server's own clock (every 2 s in the IT domain),
 * the person told by mail; a checked-in one is kept. In the server, against its database: the
 * bookings are written as they would stand 20 minutes after being made, which the API cannot do.
 */
@ExtendWith(ArquillianExtension.class)
class NoShowIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTestClasses(NoShowIT.class, Transactions.class);
    }

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void aBookingNotCheckedInFifteenMinutesAfterItsStartIsReleasedAndItsPersonToldACheckedInOneStays() throws Exception {
        String username = "it-noshow-" + Long.toString(System.nanoTime(), 36);
        Instant started = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        long[] ids = inTransaction(tx, () -> {
            Account learner = new Account(username, username + "@example.org", "No Show", "en", EnumSet.of(Role.LEARNER),
                    AccountStatus.ACTIVE);
            em.persist(learner);
            // Two exam rooms nobody books through the API in the ITs, one booking each.
            List<Room> rooms = em.createQuery("SELECT r FROM Room r WHERE r.type = :exam AND r.active = TRUE ORDER BY r.id DESC", Room.class)
                    .setParameter("exam", RoomType.EXAM_ROOM).setMaxResults(2).getResultList();
            Booking forgotten = Booking.confirm(rooms.get(0), new TimeRange(started, started.plus(1, ChronoUnit.HOURS)),
                    BookingPurpose.SELF_STUDY, 1, learner, learner);
            Booking attended = Booking.confirm(rooms.get(1), new TimeRange(started, started.plus(1, ChronoUnit.HOURS)),
                    BookingPurpose.SELF_STUDY, 1, learner, learner);
            attended.checkIn(started.plus(2, ChronoUnit.MINUTES));
            em.persist(forgotten);
            em.persist(attended);
            return new long[] {forgotten.getId(), attended.getId()};
        });

        long deadline = System.nanoTime() + 30_000_000_000L;
        BookingStatus status = BookingStatus.CONFIRMED;
        while (status == BookingStatus.CONFIRMED && System.nanoTime() < deadline) {
            Thread.sleep(250);
            status = inTransaction(tx, () -> em.find(Booking.class, ids[0]).getStatus());
        }
        assertThat(status).as("released within 30 s").isEqualTo(BookingStatus.NO_SHOW);
        assertThat(inTransaction(tx, () -> em.find(Booking.class, ids[1]).getStatus())).isEqualTo(BookingStatus.CHECKED_IN);
        List<String> subjects = inTransaction(tx, () -> em.createQuery("SELECT m FROM OutboxMessage m WHERE m.recipient = :to",
                OutboxMessage.class).setParameter("to", username + "@example.org").getResultStream().map(OutboxMessage::getSubject).toList());
        assertThat(subjects).singleElement().asString().startsWith("Booking released: ");
    }
}

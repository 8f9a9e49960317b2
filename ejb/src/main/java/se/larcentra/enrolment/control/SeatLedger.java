package se.larcentra.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The seat and waitlist counts on an offering's row. Every change to an offering's enrolments first
 * takes the row's lock ({@link #lock}), so they happen one after another, on H2 and PostgreSQL alike
 * and on any number of servers; the counts are changed with SQL (never by JPA, which would write a
 * stale copy), and a check constraint refuses admitting beyond the places in any case.
 */
@ApplicationScoped
public class SeatLedger {

    /** The counts as they are under the lock. {@code places} is empty for an offering without a limit. */
    public record Seats(long offeringId, Optional<Integer> places, int admitted, int waitlisted, long lastTicket) {

        public boolean hasFreeSeat() {
            return places.map(p -> admitted < p).orElse(true);
        }

        public Optional<Integer> seatsLeft() {
            return places.map(p -> Math.max(0, p - admitted));
        }
    }

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    /** Locks the offering's row until the transaction ends and reads its counts; empty if there is no such offering. */
    public Optional<Seats> lock(long offeringId) {
        List<?> rows = em.createNativeQuery(
                "SELECT places, admitted_count, waitlist_count, waitlist_counter FROM offering WHERE id = ? FOR UPDATE")
                .setParameter(1, offeringId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Seats(offeringId, Optional.ofNullable(row[0]).map(v -> ((Number) v).intValue()),
                ((Number) row[1]).intValue(), ((Number) row[2]).intValue(), ((Number) row[3]).longValue()));
    }

    /** Adds {@code admittedDelta} to the seats taken and {@code waitingDelta} to the waitlist. */
    public void adjust(long offeringId, int admittedDelta, int waitingDelta) {
        if (admittedDelta == 0 && waitingDelta == 0) {
            return;
        }
        em.createNativeQuery("UPDATE offering SET admitted_count = admitted_count + ?, waitlist_count = waitlist_count + ? WHERE id = ?")
                .setParameter(1, admittedDelta).setParameter(2, waitingDelta).setParameter(3, offeringId).executeUpdate();
    }

    /** The next ticket of the offering's waitlist (first come, first served); the row must be locked. */
    public long nextTicket(long offeringId) {
        em.createNativeQuery("UPDATE offering SET waitlist_counter = waitlist_counter + 1 WHERE id = ?")
                .setParameter(1, offeringId).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT waitlist_counter FROM offering WHERE id = ?")
                .setParameter(1, offeringId).getSingleResult()).longValue();
    }

    /** A waitlisted enrolment's place in the queue: 1 for the next to get a seat. */
    public int position(long offeringId, long ticket) {
        return ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM enrolment WHERE offering_id = ? AND status = 'WAITLISTED' AND waitlist_ticket <= ?")
                .setParameter(1, offeringId).setParameter(2, ticket).getSingleResult()).intValue();
    }
}

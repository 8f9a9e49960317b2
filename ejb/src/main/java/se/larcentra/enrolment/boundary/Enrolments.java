package se.larcentra.enrolment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.larcentra.account.control.Callers;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.Role;
import se.larcentra.catalog.boundary.OfferingNotFoundException;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.enrolment.control.EnrolmentMoves;
import se.larcentra.enrolment.control.SeatLedger;
import se.larcentra.enrolment.entity.Enrolment;
import se.larcentra.enrolment.entity.EnrolmentRefusedException;
import se.larcentra.enrolment.entity.EnrolmentStatus;

/**
 * Applying to offerings, withdrawing, and deciding on applications. Every change of an offering's
 * enrolments first locks the offering's row, so that seats are never overbooked and waitlist
 * positions never collide or skip, however many apply at once (see {@link SeatLedger}).
 */
@Stateless
public class Enrolments {

    /** What a teacher or coordinator decides on an application awaiting approval. */
    public enum Decision {
        ADMIT, REJECT
    }

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Callers callers;

    @Inject
    SeatLedger seats;

    @Inject
    EnrolmentMoves moves;

    @Inject
    Clock clock;

    /**
     * Applies the caller to an offering: admitted if a seat is free, waitlisted if not, pending if
     * the offering requires approval.
     */
    @RolesAllowed(Role.LEARNER_NAME)
    public ApplyResult apply(long offeringId) {
        Account learner = callers.account(context.getCallerPrincipal());
        SeatLedger.Seats locked = seats.lock(offeringId).orElseThrow(() -> new OfferingNotFoundException(offeringId));
        Offering offering = em.find(Offering.class, offeringId);
        Enrolment enrolment = Enrolment.apply(offering, learner, clock.instant());
        requireNotEnrolled(offering, learner);
        Optional<Integer> load = overlappingPace(learner, offering);
        moves.move(enrolment, Enrolment.arrivingAt(offering, locked.hasFreeSeat()), learner.getUsername(), null, null);
        return new ApplyResult(view(enrolment), load);
    }

    /** Withdraws the caller's own application; a seat it held goes to the first on the waitlist. */
    @RolesAllowed(Role.LEARNER_NAME)
    public EnrolmentView withdraw(long enrolmentId) {
        Account learner = callers.account(context.getCallerPrincipal());
        Enrolment enrolment = own(enrolmentId, learner);
        if (!moves.withdraw(enrolment, learner.getUsername(), null)) {
            throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.NOT_ACTIVE);
        }
        return view(enrolment);
    }

    /** The caller's enrolments, newest first, each with its history. */
    @RolesAllowed(Role.LEARNER_NAME)
    public List<EnrolmentView> mine() {
        Account learner = callers.account(context.getCallerPrincipal());
        return em.createNamedQuery("Enrolment.ofLearner", Enrolment.class).setParameter("learner", learner)
                .getResultStream().map(this::view).toList();
    }

    /** One of the caller's own enrolments; another learner's is "not found", never "forbidden". */
    @RolesAllowed(Role.LEARNER_NAME)
    public EnrolmentView mineById(long enrolmentId) {
        return view(own(enrolmentId, callers.account(context.getCallerPrincipal())));
    }

    /** Everyone who applied to an offering the caller teaches, coordinates (hosted at their centre) or administers. */
    @RolesAllowed({Role.TEACHER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public List<EnrolmentView> roster(long offeringId) {
        Offering offering = Optional.ofNullable(em.find(Offering.class, offeringId))
                .orElseThrow(() -> new OfferingNotFoundException(offeringId));
        requireStaffOf(offering);
        return em.createNamedQuery("Enrolment.ofOffering", Enrolment.class).setParameter("offering", offering)
                .getResultStream().map(this::view).toList();
    }

    /** An offering on a staff member's list, with how many are admitted, waiting and awaiting a decision. */
    public record StaffOffering(long id, String title, java.time.LocalDate startDate, java.time.LocalDate endDate,
            Integer places, int admitted, int waitlisted, long pending) {
    }

    /**
     * The offerings the caller handles, not yet finished: those they teach, those hosted at the
     * centres they coordinate, and, for administrators, every offering someone applied to.
     */
    @RolesAllowed({Role.TEACHER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public List<StaffOffering> staffOfferings(@NotNull String language) {
        Account staff = callers.account(context.getCallerPrincipal());
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(se.larcentra.catalog.entity.ApplicationWindow.SWEDEN));
        java.util.Set<Offering> offerings = new java.util.LinkedHashSet<>();
        if (staff.has(Role.TEACHER)) {
            offerings.addAll(staff.getTaughtOfferings());
        }
        if (staff.has(Role.COORDINATOR) && !staff.getCentres().isEmpty()) {
            offerings.addAll(em.createQuery("SELECT DISTINCT o FROM Offering o JOIN o.hostingCentres c WHERE c IN :centres "
                    + "AND o.endDate >= :today", Offering.class)
                    .setParameter("centres", staff.getCentres()).setParameter("today", today).getResultList());
        }
        if (staff.has(Role.ADMINISTRATOR)) {
            offerings.addAll(em.createQuery("SELECT DISTINCT e.offering FROM Enrolment e WHERE e.offering.endDate >= :today",
                    Offering.class).setParameter("today", today).getResultList());
        }
        return offerings.stream()
                .filter(o -> !o.getEndDate().isBefore(today))
                .sorted(java.util.Comparator.comparing(Offering::getStartDate).thenComparing(Offering::getId))
                .map(o -> new StaffOffering(o.getId(), o.getCourse().title(language), o.getStartDate(), o.getEndDate(),
                        o.getPlaces().orElse(null), o.getAdmittedCount(), o.getWaitlistCount(),
                        em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.offering = :o AND e.status = "
                                + "se.larcentra.enrolment.entity.EnrolmentStatus.PENDING_APPROVAL", Long.class)
                                .setParameter("o", o).getSingleResult()))
                .toList();
    }

    /**
     * Approves (admitted, or waitlisted when full) or rejects an application awaiting approval. A
     * rejection needs a reason; the learner is told it.
     */
    @RolesAllowed({Role.TEACHER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public EnrolmentView decide(long enrolmentId, @NotNull Decision decision, @Size(max = 1000) String reason) {
        Account staff = callers.account(context.getCallerPrincipal());
        Enrolment enrolment = Optional.ofNullable(em.find(Enrolment.class, enrolmentId))
                .orElseThrow(() -> new EnrolmentNotFoundException(enrolmentId));
        requireStaffOf(enrolment.getOffering());
        var locked = seats.lock(enrolment.getOffering().getId()).orElseThrow();
        em.refresh(enrolment);
        EnrolmentStatus next = enrolment.decide(decision == Decision.ADMIT, reason, locked.hasFreeSeat());
        moves.move(enrolment, next, staff.getUsername(), reason, null);
        return view(enrolment);
    }

    /**
     * Moves an active application to another offering of the same course (another start or another
     * centre): it ends at the first (its seat goes to the waitlist there) and arrives at the other as
     * a new application would (see {@link Enrolment#transferTo}): the target's approval rule,
     * application window and seats apply. The caller must handle both offerings. Only an
     * administrator may override the target's application window, and only with a reason, which goes
     * into the history and the audit log. The learner is told both.
     */
    @RolesAllowed({Role.TEACHER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public EnrolmentView move(long enrolmentId, long targetOfferingId, @Size(max = 1000) String reason, boolean overrideWindow) {
        Account staff = callers.account(context.getCallerPrincipal());
        Enrolment enrolment = Optional.ofNullable(em.find(Enrolment.class, enrolmentId))
                .orElseThrow(() -> new EnrolmentNotFoundException(enrolmentId));
        Offering source = enrolment.getOffering();
        requireStaffOf(source);
        Offering target = Optional.ofNullable(em.find(Offering.class, targetOfferingId))
                .orElseThrow(() -> new OfferingNotFoundException(targetOfferingId));
        requireStaffOf(target);
        if (overrideWindow && !staff.has(Role.ADMINISTRATOR)) {
            throw new EJBAccessException("only administrators override an application window");
        }
        // Both rows locked, always in the same order, so two moves in opposite directions cannot deadlock.
        SeatLedger.Seats first = seats.lock(Math.min(source.getId(), target.getId())).orElseThrow();
        SeatLedger.Seats second = seats.lock(Math.max(source.getId(), target.getId())).orElseThrow();
        SeatLedger.Seats atTarget = target.getId() < source.getId() ? first : second;
        em.refresh(enrolment);
        Instant now = clock.instant();
        Enrolment moved = enrolment.transferTo(target, now, overrideWindow, reason);
        requireNotEnrolled(target, enrolment.getLearner());
        String why = reason == null || reason.isBlank() ? "" : ": " + reason.strip();
        String overridden = overrideWindow && !target.isOpenForApplicationAt(now)
                ? " (application window overridden by an administrator)" : "";
        moves.move(enrolment, EnrolmentStatus.WITHDRAWN, staff.getUsername(), "moved to offering " + target.getId() + why, "MOVED");
        moves.move(moved, Enrolment.arrivingAt(target, atTarget.hasFreeSeat()), staff.getUsername(),
                "moved from offering " + source.getId() + why + overridden, null);
        moves.promote(source.getId());
        return view(moved);
    }

    /** The other offerings of an offering's course that an application could be moved to (not cancelled or finished). */
    @RolesAllowed({Role.TEACHER_NAME, Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public List<StaffOffering> siblings(long offeringId, @NotNull String language) {
        Offering offering = Optional.ofNullable(em.find(Offering.class, offeringId))
                .orElseThrow(() -> new OfferingNotFoundException(offeringId));
        requireStaffOf(offering);
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(se.larcentra.catalog.entity.ApplicationWindow.SWEDEN));
        Account staff = callers.account(context.getCallerPrincipal());
        return em.createQuery("SELECT o FROM Offering o WHERE o.course = :course AND o <> :offering AND o.cancelled = FALSE "
                + "AND o.endDate >= :today ORDER BY o.startDate, o.id", Offering.class)
                .setParameter("course", offering.getCourse()).setParameter("offering", offering).setParameter("today", today)
                .getResultStream()
                .filter(o -> isStaffOf(staff, o))
                .map(o -> new StaffOffering(o.getId(), o.getCourse().title(language), o.getStartDate(), o.getEndDate(),
                        o.getPlaces().orElse(null), o.getAdmittedCount(), o.getWaitlistCount(), 0))
                .toList();
    }

    private Enrolment own(long enrolmentId, Account learner) {
        return Optional.ofNullable(em.find(Enrolment.class, enrolmentId))
                .filter(e -> e.getLearner() != null && e.getLearner().equals(learner))
                .orElseThrow(() -> new EnrolmentNotFoundException(enrolmentId));
    }

    private void requireStaffOf(Offering offering) {
        if (!isStaffOf(callers.account(context.getCallerPrincipal()), offering)) {
            throw new EJBAccessException("not staff of offering " + offering.getId());
        }
    }

    /** Administrators handle every offering, teachers those they teach, coordinators those hosted at their centres. */
    private static boolean isStaffOf(Account staff, Offering offering) {
        return staff.has(Role.ADMINISTRATOR)
                || (staff.has(Role.TEACHER) && staff.getTaughtOfferings().contains(offering))
                || (staff.has(Role.COORDINATOR) && offering.getHostingCentres().stream().anyMatch(staff.getCentres()::contains));
    }

    /** One active application per learner and offering (also a unique key in the database). */
    private void requireNotEnrolled(Offering offering, Account learner) {
        boolean alreadyActive = em.createNamedQuery("Enrolment.activeOfOffering", Enrolment.class)
                .setParameter("offering", offering.getId()).getResultStream()
                .anyMatch(e -> e.getLearner().equals(learner));
        if (alreadyActive) {
            throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.ALREADY_ENROLLED);
        }
    }

    /**
     * The pace of the learner's admitted offerings that overlap this one in time, plus this one's;
     * empty when this one has an individual pace.
     */
    private Optional<Integer> overlappingPace(Account learner, Offering offering) {
        if (offering.getPace().percentage().isEmpty()) {
            return Optional.empty();
        }
        int sum = offering.getPace().percentage().getAsInt();
        for (Enrolment e : em.createNamedQuery("Enrolment.ofLearner", Enrolment.class).setParameter("learner", learner).getResultList()) {
            Offering other = e.getOffering();
            boolean overlaps = !other.getStartDate().isAfter(offering.getEndDate()) && !other.getEndDate().isBefore(offering.getStartDate());
            if (e.getStatus() == EnrolmentStatus.ADMITTED && overlaps) {
                sum += other.getPace().percentage().orElse(0);
            }
        }
        return Optional.of(sum);
    }

    EnrolmentView view(Enrolment e) {
        Offering o = e.getOffering();
        Account learner = e.getLearner();
        String lang = learner == null ? "sv" : learner.getLanguage();
        Integer position = e.getWaitlistTicket().map(t -> seats.position(o.getId(), t)).orElse(null);
        return new EnrolmentView(e.getId(), o.getId(), o.getCourse().title(lang), o.getStartDate(), o.getEndDate(),
                e.getStatus(), position, e.getAppliedAt(), learner == null ? 0 : learner.getId(),
                learner == null ? "" : learner.getDisplayName(),
                e.getHistory().stream().map(s -> new EnrolmentView.Step(s.getAt(), s.getStatus(), s.getActor(),
                        s.getReason().orElse(null))).toList());
    }
}

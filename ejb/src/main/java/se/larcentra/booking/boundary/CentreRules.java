package se.larcentra.booking.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.larcentra.account.control.Callers;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.Role;
import se.larcentra.booking.control.RoomTimes;
import se.larcentra.booking.entity.BookingRules;
import se.larcentra.booking.entity.CentreBookingRules;
import se.larcentra.booking.entity.Standing;
import se.larcentra.booking.entity.SwedishTime;
import se.larcentra.catalog.boundary.CentreNotFoundException;
import se.larcentra.centre.entity.ClosedDay;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.RoomType;
import se.larcentra.platform.boundary.InvalidInputException;
import se.larcentra.platform.control.AuditLog;

/** A centre's booking rules: anyone may read them (with the closed days to come); its coordinators and administrators change them. */
@Stateless
public class CentreRules {

    /** Rules as minutes and days, as a coordinator sets them. */
    public record RulesForm(@Min(15) @Max(1440) int minMinutes, @Min(15) @Max(1440) int maxMinutes, @Min(1) @Max(366) int leadDays,
            @NotNull Set<RoomType> learnerRoomTypes, @Min(0) @Max(10080) int memberQuotaMinutes, @Min(0) @Max(10080) int visitorQuotaMinutes) {
    }

    /** The rules in force at a centre, and its closed and shortened days from today on. */
    public record RulesView(long centreId, int minMinutes, int maxMinutes, int leadDays, Set<RoomType> learnerRoomTypes,
            int memberQuotaMinutes, int visitorQuotaMinutes, List<ClosedDay> closedDays) {
    }

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Callers callers;

    @Inject
    RoomTimes times;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PermitAll
    public RulesView rules(long centreId) {
        LearningCentre centre = centre(centreId);
        BookingRules rules = times.rulesOf(centre);
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));
        return new RulesView(centreId, (int) rules.minLength().toMinutes(), (int) rules.maxLength().toMinutes(), rules.leadDays(),
                rules.learnerRoomTypes(), (int) rules.weeklyQuota(Standing.MEMBER).orElseThrow().toMinutes(),
                (int) rules.weeklyQuota(Standing.VISITOR).orElseThrow().toMinutes(),
                centre.getClosedDays().stream().filter(day -> !day.day().isBefore(today)).toList());
    }

    @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMINISTRATOR_NAME})
    public RulesView change(long centreId, @NotNull RulesForm form) {
        LearningCentre centre = centre(centreId);
        Account caller = callers.account(context.getCallerPrincipal());
        if (!RoomBookings.isStaffOf(caller, centre)) {
            throw new EJBAccessException("not a coordinator of centre " + centreId);
        }
        BookingRules rules;
        try {
            rules = new BookingRules(Duration.ofMinutes(form.minMinutes()), Duration.ofMinutes(form.maxMinutes()), form.leadDays(),
                    form.learnerRoomTypes(), Duration.ofMinutes(form.memberQuotaMinutes()), Duration.ofMinutes(form.visitorQuotaMinutes()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rules", e.getMessage());
        }
        Optional.ofNullable(em.find(CentreBookingRules.class, centreId))
                .ifPresentOrElse(stored -> stored.change(rules), () -> em.persist(new CentreBookingRules(centreId, rules)));
        audit.record(caller.getUsername(), "centre.booking-rules", "centre:" + centreId, form.toString());
        em.flush();
        return rules(centreId);
    }

    private LearningCentre centre(long id) {
        return Optional.ofNullable(em.find(LearningCentre.class, id)).orElseThrow(() -> new CentreNotFoundException(id));
    }
}

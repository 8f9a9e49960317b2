package se.larcentra.centre.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.larcentra.account.control.Callers;
import se.larcentra.account.entity.Account;
import se.larcentra.account.entity.Role;
import se.larcentra.catalog.boundary.CentreNotFoundException;
import se.larcentra.catalog.boundary.ProviderNotFoundException;
import se.larcentra.catalog.control.CatalogLoading;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.centre.entity.Address;
import se.larcentra.centre.entity.Equipment;
import se.larcentra.centre.entity.ClosedDay;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.centre.entity.OpeningHours;
import se.larcentra.centre.entity.Room;
import se.larcentra.centre.entity.RoomType;
import se.larcentra.platform.control.AuditLog;
import se.larcentra.platform.entity.SwedishSortKey;

/**
 * Looking after centres, rooms and providers. Administrators create, edit and deactivate centres
 * and providers; administrators and the coordinators of a centre manage its rooms, opening
 * hours and closed days (a coordinator only their own centres). Every change is in the audit log.
 */
@Stateless
public class CentreAdmin {

    public record CentreForm(@NotNull @Pattern(regexp = "\\d{4}") String municipality, @NotBlank @Size(max = 200) String nameSv,
            @Size(max = 200) String nameEn, @NotBlank @Size(max = 200) String street,
            @NotNull @Pattern(regexp = "\\d{3} ?\\d{2}") String postalCode, @NotBlank @Size(max = 100) String town,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude, @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Email @Size(max = 200) String email, @Size(max = 40) String phone) {
    }

    public record RoomForm(@NotBlank @Size(max = 200) String nameSv, @Size(max = 200) String nameEn, @NotNull RoomType type,
            @Min(1) @Max(500) int capacity, Set<@NotNull Equipment> equipment) {
    }

    public record ProviderForm(@NotBlank @Size(max = 200) String name, @NotNull ProviderType type,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+") String website) {
    }

    /** A day the centre is closed; with {@code closesAt}, open as usual until then. */
    public record ClosedDayForm(LocalTime closesAt, @Size(max = 200) String note) {
    }

    public record Hours(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes) {
    }

    @PersistenceContext(unitName = "larcentra")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    /**
     * The centres the caller looks after, in municipality-name order: every centre (inactive ones
     * too) for administrators, their own for coordinators. Rooms not loaded.
     */
    @RolesAllowed({Role.ADMINISTRATOR_NAME, Role.COORDINATOR_NAME})
    public List<LearningCentre> managedCentres() {
        Account caller = callers.account(context.getCallerPrincipal());
        List<LearningCentre> centres = caller.has(Role.ADMINISTRATOR)
                ? em.createQuery("SELECT c FROM LearningCentre c", LearningCentre.class).getResultList()
                : List.copyOf(caller.getCentres());
        return centres.stream().map(CatalogLoading::loadSummary)
                .sorted(Comparator.comparing((LearningCentre c) -> SwedishSortKey.of(c.getMunicipality().getName()))
                        .thenComparing(LearningCentre::getId))
                .toList();
    }

    /** A centre the caller looks after, with its opening hours and all its rooms (inactive ones too). */
    @RolesAllowed({Role.ADMINISTRATOR_NAME, Role.COORDINATOR_NAME})
    public LearningCentre managedCentreWithRooms(long id) {
        return CatalogLoading.loadWithRooms(managedCentre(id));
    }

    /** Every provider, inactive ones too, by name. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public List<Provider> allProviders() {
        return em.createNamedQuery("Provider.all", Provider.class).getResultList();
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public long createCentre(@NotNull @Valid CentreForm form) {
        LearningCentre centre = new LearningCentre(municipality(form.municipality()), names(form.nameSv(), form.nameEn()),
                new Address(form.street(), form.postalCode(), form.town()), new GeoPoint(form.latitude(), form.longitude()));
        centre.setContact(form.email(), form.phone());
        em.persist(centre);
        em.flush();
        audit.record(me(), "centre.create", "centre:" + centre.getId(), form.nameSv());
        return centre.getId();
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public void updateCentre(long id, @NotNull @Valid CentreForm form) {
        LearningCentre centre = centre(id);
        centre.rename(names(form.nameSv(), form.nameEn()));
        centre.moveTo(new Address(form.street(), form.postalCode(), form.town()), new GeoPoint(form.latitude(), form.longitude()));
        centre.setContact(form.email(), form.phone());
        audit.record(me(), "centre.update", "centre:" + id, form.nameSv());
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public void setCentreActive(long id, boolean active) {
        LearningCentre centre = centre(id);
        if (active) {
            centre.activate();
        } else {
            centre.deactivate();
        }
        audit.record(me(), active ? "centre.activate" : "centre.deactivate", "centre:" + id, null);
    }

    @RolesAllowed({Role.ADMINISTRATOR_NAME, Role.COORDINATOR_NAME})
    public long addRoom(long centreId, @NotNull @Valid RoomForm form) {
        LearningCentre centre = managedCentre(centreId);
        Room room = centre.addRoom(names(form.nameSv(), form.nameEn()), form.type(), form.capacity(), equipment(form));
        em.persist(room);
        em.flush();
        audit.record(me(), "room.create", "room:" + room.getId(), "centre " + centreId);
        return room.getId();
    }

    @RolesAllowed({Role.ADMINISTRATOR_NAME, Role.COORDINATOR_NAME})
    public void updateRoom(long centreId, long roomId, @NotNull @Valid RoomForm form) {
        room(centreId, roomId).change(names(form.nameSv(), form.nameEn()), form.type(), form.capacity(), equipment(form));
        audit.record(me(), "room.update", "room:" + roomId, null);
    }

    @RolesAllowed({Role.ADMINISTRATOR_NAME, Role.COORDINATOR_NAME})
    public void setRoomActive(long centreId, long roomId, boolean active) {
        Room room = room(centreId, roomId);
        if (active) {
            room.activate();
        } else {
            room.deactivate();
        }
        audit.record(me(), active ? "room.activate" : "room.deactivate", "room:" + roomId, null);
    }

    /** Replaces a centre's opening hours (several spans a day allowed, e.g. a lunch break). */
    @RolesAllowed({Role.ADMINISTRATOR_NAME, Role.COORDINATOR_NAME})
    public void setOpeningHours(long centreId, @NotNull List<@NotNull @Valid Hours> hours) {
        LearningCentre centre = managedCentre(centreId);
        // Replaced wholesale: EclipseLink's own diff of the element collection would insert a span before
        // deleting the stored one that has the same start (a key violation), so the rows go first.
        em.flush();
        em.createNativeQuery("DELETE FROM centre_opening_hours WHERE centre_id = ?").setParameter(1, centreId).executeUpdate();
        em.refresh(centre);
        centre.setOpeningHours(hours.stream().map(h -> new OpeningHours(h.day(), h.opens(), h.closes())).toList());
        audit.record(me(), "centre.hours", "centre:" + centreId, hours.size() + " spans");
    }

    /**
     * Closes a centre on a day (all day, or from {@code closesAt}), in place of what was said of that
     * day before; the public holidays need no closing.
     */
    @RolesAllowed({Role.ADMINISTRATOR_NAME, Role.COORDINATOR_NAME})
    public void closeDay(long centreId, @NotNull LocalDate day, @NotNull @Valid ClosedDayForm form) {
        LearningCentre centre = managedCentre(centreId);
        ClosedDay closed = form.closesAt() == null ? ClosedDay.allDay(day, form.note()) : ClosedDay.shortened(day, form.closesAt(), form.note());
        // The stored row for that day goes first, as with the opening hours: EclipseLink would insert the new one first.
        em.flush();
        em.createNativeQuery("DELETE FROM centre_closed_day WHERE centre_id = ? AND closed_on = ?").setParameter(1, centreId)
                .setParameter(2, day).executeUpdate();
        em.refresh(centre);
        centre.close(closed);
        audit.record(me(), "centre.close-day", "centre:" + centreId, day + (form.closesAt() == null ? "" : " from " + form.closesAt()));
    }

    /** Opens a centre again on a day it was closed or shortened; whether there was such a day. */
    @RolesAllowed({Role.ADMINISTRATOR_NAME, Role.COORDINATOR_NAME})
    public boolean reopenDay(long centreId, @NotNull LocalDate day) {
        LearningCentre centre = managedCentre(centreId);
        // By key, not through the element collection: EclipseLink deletes an element by all its columns,
        // and "note = NULL" matches no row.
        em.flush();
        boolean was = em.createNativeQuery("DELETE FROM centre_closed_day WHERE centre_id = ? AND closed_on = ?")
                .setParameter(1, centreId).setParameter(2, day).executeUpdate() > 0;
        em.refresh(centre);
        if (was) {
            audit.record(me(), "centre.reopen-day", "centre:" + centreId, day.toString());
        }
        return was;
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public long createProvider(@NotNull @Valid ProviderForm form) {
        Provider provider = new Provider(form.name(), form.type());
        provider.setWebsite(form.website());
        em.persist(provider);
        em.flush();
        audit.record(me(), "provider.create", "provider:" + provider.getId(), form.name());
        return provider.getId();
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public void updateProvider(long id, @NotNull @Valid ProviderForm form) {
        Provider provider = provider(id);
        provider.change(form.name(), form.type());
        provider.setWebsite(form.website());
        audit.record(me(), "provider.update", "provider:" + id, form.name());
    }

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public void setProviderActive(long id, boolean active) {
        Provider provider = provider(id);
        if (active) {
            provider.activate();
        } else {
            provider.deactivate();
        }
        audit.record(me(), active ? "provider.activate" : "provider.deactivate", "provider:" + id, null);
    }

    /** A centre the caller may manage: any for administrators, their own for coordinators (others: access denied). */
    private LearningCentre managedCentre(long id) {
        LearningCentre centre = centre(id);
        Account caller = callers.account(context.getCallerPrincipal());
        if (!caller.has(Role.ADMINISTRATOR) && !caller.getCentres().contains(centre)) {
            throw new EJBAccessException("not a coordinator of centre " + id);
        }
        return centre;
    }

    private Room room(long centreId, long roomId) {
        LearningCentre centre = managedCentre(centreId);
        return Optional.ofNullable(em.find(Room.class, roomId)).filter(r -> r.getCentre().equals(centre))
                .orElseThrow(() -> new RoomNotFoundException(roomId));
    }

    private LearningCentre centre(long id) {
        return Optional.ofNullable(em.find(LearningCentre.class, id)).orElseThrow(() -> new CentreNotFoundException(id));
    }

    private Provider provider(long id) {
        return Optional.ofNullable(em.find(Provider.class, id)).orElseThrow(() -> new ProviderNotFoundException(id));
    }

    private Municipality municipality(String code) {
        return Optional.ofNullable(em.find(Municipality.class, code))
                .orElseThrow(() -> new se.larcentra.platform.boundary.InvalidInputException("municipality", "no municipality with code " + code));
    }

    private static Map<String, String> names(String sv, String en) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("sv", sv.strip());
        if (en != null && !en.isBlank()) {
            names.put("en", en.strip());
        }
        return names;
    }

    private static Set<Equipment> equipment(RoomForm form) {
        return form.equipment() == null || form.equipment().isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(form.equipment());
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }
}

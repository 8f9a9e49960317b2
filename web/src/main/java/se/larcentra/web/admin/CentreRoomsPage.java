package se.larcentra.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.larcentra.catalog.boundary.CentreNotFoundException;
import se.larcentra.centre.boundary.CentreAdmin;
import se.larcentra.centre.boundary.RoomNotFoundException;
import se.larcentra.centre.entity.Equipment;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.OpeningHours;
import se.larcentra.centre.entity.Room;
import se.larcentra.centre.entity.RoomType;
import se.larcentra.web.FormProblems;
import se.larcentra.web.Http;
import se.larcentra.web.Texts;
import se.larcentra.web.i18n.LocaleBean;

/**
 * A centre's rooms and opening hours, for its coordinators and administrators: edit, add,
 * deactivate and reactivate rooms; set the hours of each weekday (up to two spans, for a lunch
 * break). A coordinator of another centre is refused by the boundary (403 page).
 */
@Named
@ViewScoped
public class CentreRoomsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A room as a form: text fields as typed, so a wrong value is shown again with its message. */
    public static final class RoomRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String heading = "";
        private String nameSv = "";
        private String nameEn = "";
        private String type = RoomType.STUDY_ROOM.name();
        private String capacity = "";
        private List<String> equipment = new ArrayList<>();
        private boolean active = true;

        static RoomRow of(Room room) {
            RoomRow row = new RoomRow();
            row.id = room.getId();
            row.nameSv = room.getNames().getOrDefault("sv", "");
            row.heading = row.nameSv;
            row.nameEn = room.getNames().getOrDefault("en", "");
            row.type = room.getType().name();
            row.capacity = String.valueOf(room.getCapacity());
            row.equipment = new ArrayList<>(room.getEquipment().stream().map(Enum::name).sorted().toList());
            row.active = room.isActive();
            return row;
        }

        public Long getId() {
            return id;
        }

        /** The room's stored name, which heads its form and names it in messages while the field is edited. */
        public String getHeading() {
            return heading;
        }

        public String getNameSv() {
            return nameSv;
        }

        public void setNameSv(String nameSv) {
            this.nameSv = nameSv;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getCapacity() {
            return capacity;
        }

        public void setCapacity(String capacity) {
            this.capacity = capacity;
        }

        public List<String> getEquipment() {
            return equipment;
        }

        public void setEquipment(List<String> equipment) {
            this.equipment = equipment == null ? new ArrayList<>() : new ArrayList<>(equipment);
        }

        public boolean isActive() {
            return active;
        }
    }

    /** One weekday's hours as typed ("08:00"); an empty pair means closed. */
    public static final class DayRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DayOfWeek day;
        private String opens = "";
        private String closes = "";
        private String opensAgain = "";
        private String closesAgain = "";

        DayRow(DayOfWeek day) {
            this.day = day;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }

        public String getOpensAgain() {
            return opensAgain;
        }

        public void setOpensAgain(String opensAgain) {
            this.opensAgain = opensAgain;
        }

        public String getClosesAgain() {
            return closesAgain;
        }

        public void setClosesAgain(String closesAgain) {
            this.closesAgain = closesAgain;
        }
    }

    @Inject
    CentreAdmin admin;

    @Inject
    LocaleBean locale;

    private String id;
    private long centreId;
    private String centreName;
    private boolean centreActive;
    private List<RoomRow> rooms = List.of();
    private RoomRow newRoom = new RoomRow();
    private List<DayRow> days = List.of();

    /** View action (also on postback, so the rows exist to decode into): 404 for an unknown centre. */
    public String load() {
        if (!rooms.isEmpty() || !days.isEmpty()) {
            return null;
        }
        Optional<Long> wanted = Http.parseId(id);
        if (wanted.isEmpty()) {
            return Http.notFound();
        }
        try {
            LearningCentre centre = admin.managedCentreWithRooms(wanted.get());
            centreId = centre.getId();
            centreName = centre.name(locale.getLanguage());
            centreActive = centre.isActive();
            rooms = centre.getRooms().stream().map(RoomRow::of).toList();
            days = days(centre.getOpeningHours());
        } catch (CentreNotFoundException e) {
            return Http.notFound();
        }
        return null;
    }

    static List<DayRow> days(List<OpeningHours> hours) {
        List<DayRow> rows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            DayRow row = new DayRow(day);
            List<OpeningHours> spans = hours.stream().filter(h -> h.day() == day).sorted().toList();
            if (!spans.isEmpty()) {
                row.opens = spans.get(0).opens().toString();
                row.closes = spans.get(0).closes().toString();
            }
            if (spans.size() > 1) {
                row.opensAgain = spans.get(1).opens().toString();
                row.closesAgain = spans.get(1).closes().toString();
            }
            rows.add(row);
        }
        return rows;
    }

    public void saveRoom(RoomRow row) throws IOException {
        Optional<CentreAdmin.RoomForm> form = form(row);
        if (form.isEmpty()) {
            return;
        }
        try {
            if (row.id == null) {
                admin.addRoom(centreId, form.get());
                Texts.afterRedirect("admin.room.added");
            } else {
                admin.updateRoom(centreId, row.id, form.get());
                Texts.afterRedirect("admin.saved");
            }
            Http.redirect("/staff/centre.xhtml?id=" + centreId);
        } catch (RoomNotFoundException e) {
            Texts.error(null, "admin.room.gone");
        } catch (RuntimeException e) {
            if (!FormProblems.show(null, e, row.id == null ? null : row.heading)) {
                throw e;
            }
        }
    }

    public void setRoomActive(RoomRow row, boolean active) throws IOException {
        try {
            admin.setRoomActive(centreId, row.id, active);
            Texts.afterRedirect(active ? "admin.activated" : "admin.deactivated");
            Http.redirect("/staff/centre.xhtml?id=" + centreId);
        } catch (RoomNotFoundException e) {
            Texts.error(null, "admin.room.gone");
        }
    }

    private static Optional<CentreAdmin.RoomForm> form(RoomRow row) {
        int capacity;
        try {
            capacity = Integer.parseInt(row.capacity.strip());
        } catch (NumberFormatException e) {
            FormProblems.invalid(null, "capacity", row.id == null ? null : row.heading);
            return Optional.empty();
        }
        RoomType type;
        Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        try {
            type = RoomType.valueOf(row.type);
            row.equipment.forEach(e -> equipment.add(Equipment.valueOf(e)));
        } catch (IllegalArgumentException | NullPointerException e) {
            FormProblems.invalid(null, "type", row.id == null ? null : row.heading);
            return Optional.empty();
        }
        return Optional.of(new CentreAdmin.RoomForm(row.nameSv, row.nameEn, type, capacity, equipment));
    }

    public void saveHours() throws IOException {
        List<CentreAdmin.Hours> hours = new ArrayList<>();
        for (DayRow row : days) {
            String dayName = row.day.getDisplayName(TextStyle.FULL, locale.getLocale());
            if (!span(row.opens, row.closes, row.day, dayName, hours) || !span(row.opensAgain, row.closesAgain, row.day, dayName, hours)) {
                return;
            }
        }
        List<OpeningHours> spans = hours.stream().map(h -> new OpeningHours(h.day(), h.opens(), h.closes())).toList();
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                if (spans.get(i).overlaps(spans.get(j))) {
                    Texts.error(null, "admin.hours.overlap", spans.get(i).day().getDisplayName(TextStyle.FULL, locale.getLocale()));
                    return;
                }
            }
        }
        admin.setOpeningHours(centreId, hours);
        Texts.afterRedirect("admin.saved");
        Http.redirect("/staff/centre.xhtml?id=" + centreId);
    }

    /** Adds a span when both times are given; false (with a message) when only one is, or one is not a time or closes first. */
    private static boolean span(String opens, String closes, DayOfWeek day, String dayName, List<CentreAdmin.Hours> hours) {
        boolean noOpens = opens == null || opens.isBlank();
        boolean noCloses = closes == null || closes.isBlank();
        if (noOpens && noCloses) {
            return true;
        }
        try {
            LocalTime from = LocalTime.parse(opens.strip());
            LocalTime to = LocalTime.parse(closes.strip());
            if (!to.isAfter(from)) {
                Texts.error(null, "admin.hours.order", dayName);
                return false;
            }
            hours.add(new CentreAdmin.Hours(day, from, to));
            return true;
        } catch (DateTimeParseException | NullPointerException e) {
            Texts.error(null, "admin.hours.invalid", dayName);
            return false;
        }
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale.getLocale());
    }

    public List<String> getRoomTypes() {
        return java.util.Arrays.stream(RoomType.values()).map(Enum::name).toList();
    }

    public List<String> getEquipmentKinds() {
        return java.util.Arrays.stream(Equipment.values()).map(Enum::name).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getCentreId() {
        return centreId;
    }

    public String getCentreName() {
        return centreName;
    }

    public boolean isCentreActive() {
        return centreActive;
    }

    public List<RoomRow> getRooms() {
        return rooms;
    }

    public RoomRow getNewRoom() {
        return newRoom;
    }

    public List<DayRow> getDays() {
        return days;
    }
}

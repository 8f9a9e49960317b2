package se.larcentra.web.centre;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.centre.entity.GeoPoint;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.OpeningHours;
import se.larcentra.centre.entity.Room;
import se.larcentra.web.Http;
import se.larcentra.web.Localized;
import se.larcentra.web.format.DateFormats;
import se.larcentra.web.i18n.Labels;
import se.larcentra.web.i18n.LocaleBean;

/**
 * A learning centre at {@code /centre/{id}}: where it is, when it is open and which rooms it has.
 * A malformed or unknown id is a real 404.
 */
@Named
@RequestScoped
public class CentrePage {

    /** One day of the week and its opening hours, empty when closed. */
    public record Day(DayOfWeek day, String name, String hours, boolean closed) {
    }

    /** A room as listed. */
    public record RoomRow(long id, Localized name, String type, int capacity, String equipment) {
    }

    @Inject
    Catalog catalog;

    @Inject
    LocaleBean localeBean;

    @Inject
    Labels labels;

    private String id;
    private LearningCentre centre;
    private Localized name;
    private List<Day> week = List.of();
    private List<RoomRow> rooms = List.of();

    /** The view action: loads what the address asks for, or shows the 404 page. */
    public String load() {
        centre = Http.parseId(id).flatMap(catalog::findCentre).orElse(null);
        if (centre == null) {
            return Http.notFound();
        }
        String language = localeBean.getLanguage();
        Locale locale = localeBean.getLocale();
        name = Localized.pick(centre.getNames(), language);
        week = week(centre.getOpeningHours(), locale);
        rooms = centre.getRooms().stream()
                .filter(Room::isActive)
                .map(room -> new RoomRow(room.getId(), Localized.pick(room.getNames(), language),
                        labels.roomType(room.getType()), room.getCapacity(), labels.equipmentList(room.getEquipment())))
                .toList();
        return null;
    }

    /** Monday to Sunday; several periods on one day are joined ("08:00–12:00, 13:00–16:00"). */
    static List<Day> week(List<OpeningHours> hours, Locale locale) {
        List<Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String periods = hours.stream()
                    .filter(h -> h.day() == day)
                    .sorted()
                    .map(h -> DateFormats.timeRange(h.opens(), h.closes()))
                    .collect(Collectors.joining(", "));
            String dayName = DateFormats.dayOfWeek(day, locale);
            days.add(new Day(day, Character.toUpperCase(dayName.charAt(0)) + dayName.substring(1), periods,
                    periods.isEmpty()));
        }
        return days;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LearningCentre getCentre() {
        return centre;
    }

    public Localized getName() {
        return name;
    }

    public boolean isOpeningHoursKnown() {
        return !centre.getOpeningHours().isEmpty();
    }

    public List<Day> getWeek() {
        return week;
    }

    public List<RoomRow> getRooms() {
        return rooms;
    }

    /** "59.3793° N, 13.5036° E" — written with a full stop whatever the language, as maps expect. */
    public String getCoordinates() {
        GeoPoint p = centre.getLocation();
        return String.format(Locale.ROOT, "%.5f° %s, %.5f° %s", Math.abs(p.latitude()), p.latitude() >= 0 ? "N" : "S",
                Math.abs(p.longitude()), p.longitude() >= 0 ? "E" : "W");
    }

    /** The phone number as a tel: address: digits only, a leading + kept. */
    public String getPhoneHref() {
        return telHref(centre.getPhone());
    }

    static String telHref(String phone) {
        return phone == null || phone.isBlank() ? null : "tel:" + phone.strip().replaceAll("(?!^\\+)[^0-9]", "");
    }

    public String getMapHref() {
        GeoPoint p = centre.getLocation();
        return String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=15/%.5f/%.5f",
                p.latitude(), p.longitude(), p.latitude(), p.longitude());
    }
}

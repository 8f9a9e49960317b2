package se.larcentra.api.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.larcentra.catalog.entity.ApplicationWindow;
import se.larcentra.catalog.entity.Course;
import se.larcentra.catalog.entity.CourseText;
import se.larcentra.catalog.entity.Fee;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.Pace;
import se.larcentra.catalog.entity.Provider;
import se.larcentra.centre.entity.Address;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.centre.entity.OpeningHours;
import se.larcentra.centre.entity.Room;
import se.larcentra.platform.entity.Translations;

/**
 * What the catalogue API returns. Records, so JSON-B writes their components in camelCase; texts
 * are in the language asked for, falling back to the other, with the language they are in beside
 * them ({@code nameLanguage}, {@code language}); codes such as {@code DISTANCE} are for programs,
 * not people; dates are ISO 8601 and mean Europe/Stockholm.
 */
public final class CatalogDtos {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private CatalogDtos() {
    }

    /** Six decimals of a degree are about 10 cm: enough, and free of floating-point noise. */
    static double round(double degrees) {
        return Math.round(degrees * 1_000_000d) / 1_000_000d;
    }

    @JsonbPropertyOrder({"code", "name"})
    public record MunicipalityRef(String code, String name) {
        static MunicipalityRef of(Municipality m) {
            return new MunicipalityRef(m.getCode(), m.getName());
        }
    }

    @JsonbPropertyOrder({"street", "postalCode", "town"})
    public record AddressDto(String street, String postalCode, String town) {
        static AddressDto of(Address a) {
            return a == null ? null : new AddressDto(a.street(), a.postalCode(), a.town());
        }
    }

    @JsonbPropertyOrder({"id", "name", "nameLanguage", "municipality", "address", "lat", "lon"})
    public record CentreSummary(long id, String name, String nameLanguage, MunicipalityRef municipality,
            AddressDto address, double lat, double lon) {
        static CentreSummary of(LearningCentre c, String language) {
            String shownIn = Translations.languageFor(c.getNames(), language).orElse(language);
            return new CentreSummary(c.getId(), c.name(language), shownIn, MunicipalityRef.of(c.getMunicipality()),
                    AddressDto.of(c.getAddress()), round(c.getLocation().latitude()),
                    round(c.getLocation().longitude()));
        }
    }

    @JsonbPropertyOrder({"day", "opens", "closes"})
    public record OpeningHoursDto(String day, String opens, String closes) {
        static OpeningHoursDto of(OpeningHours h) {
            return new OpeningHoursDto(h.day().name(), HH_MM.format(h.opens()), HH_MM.format(h.closes()));
        }
    }

    @JsonbPropertyOrder({"id", "name", "nameLanguage", "type", "capacity", "equipment"})
    public record RoomDto(long id, String name, String nameLanguage, String type, int capacity,
            List<String> equipment) {
        static RoomDto of(Room r, String language) {
            String shownIn = Translations.languageFor(r.getNames(), language).orElse(language);
            return new RoomDto(r.getId(), r.name(language), shownIn, r.getType().name(), r.getCapacity(),
                    r.getEquipment().stream().sorted().map(Enum::name).toList());
        }
    }

    @JsonbPropertyOrder({"id", "name", "nameLanguage", "municipality", "address", "lat", "lon", "email", "phone",
        "openingHours", "rooms"})
    public record CentreDetail(long id, String name, String nameLanguage, MunicipalityRef municipality,
            AddressDto address, double lat, double lon, String email, String phone,
            List<OpeningHoursDto> openingHours, List<RoomDto> rooms) {
        static CentreDetail of(LearningCentre c, String language) {
            CentreSummary s = CentreSummary.of(c, language);
            return new CentreDetail(s.id(), s.name(), s.nameLanguage(), s.municipality(), s.address(), s.lat(), s.lon(),
                    c.getEmail(), c.getPhone(),
                    c.getOpeningHours().stream().map(OpeningHoursDto::of).toList(),
                    c.getRooms().stream().filter(Room::isActive).map(r -> RoomDto.of(r, language)).toList());
        }
    }

    @JsonbPropertyOrder({"id", "name", "type"})
    public record ProviderRef(long id, String name, String type) {
        static ProviderRef of(Provider p) {
            return new ProviderRef(p.getId(), p.getName(), p.getType().name());
        }
    }

    @JsonbPropertyOrder({"id", "name", "type", "website"})
    public record ProviderDto(long id, String name, String type, String website) {
        static ProviderDto of(Provider p) {
            return new ProviderDto(p.getId(), p.getName(), p.getType().name(), p.getWebsite());
        }
    }

    /** Study pace: {@code percent} of full time, or {@code individual} (then no percent). */
    @JsonbPropertyOrder({"percent", "individual"})
    public record PaceDto(Integer percent, boolean individual) {
        static PaceDto of(Pace p) {
            return new PaceDto(p.isIndividual() ? null : p.percentage().getAsInt(), p.isIndividual());
        }
    }

    @JsonbPropertyOrder({"continuous", "opens", "closes"})
    public record ApplicationWindowDto(boolean continuous, LocalDate opens, LocalDate closes) {
        static ApplicationWindowDto of(ApplicationWindow w) {
            return new ApplicationWindowDto(w.isContinuous(), w.firstDay().orElse(null), w.lastDay().orElse(null));
        }
    }

    @JsonbPropertyOrder({"amount", "currency"})
    public record FeeDto(BigDecimal amount, String currency) {
        static FeeDto of(Fee f) {
            return f == null ? null : new FeeDto(f.amount(), f.currency());
        }
    }

    @JsonbPropertyOrder({"id", "code"})
    public record CourseRef(long id, String code) {
    }

    @JsonbPropertyOrder({"id", "code", "title", "description", "language", "subject", "level", "credits",
        "creditSystem"})
    public record CourseDto(long id, String code, String title, String description, String language, String subject,
            String level, BigDecimal credits, String creditSystem) {
        static CourseDto of(Course c, String language) {
            CourseText text = c.text(language);
            return new CourseDto(c.getId(), c.getCode().value(), text.title(),
                    text.description() == null || text.description().isEmpty() ? null : text.description(),
                    c.textLanguage(language), c.getSubject(), c.getLevel().name(), c.getCredits().orElse(null),
                    c.getCreditSystem().name());
        }
    }

    @JsonbPropertyOrder({"id", "name", "nameLanguage", "municipality"})
    public record CentreRef(long id, String name, String nameLanguage, MunicipalityRef municipality) {
        static CentreRef of(LearningCentre c, String language) {
            String shownIn = Translations.languageFor(c.getNames(), language).orElse(language);
            return new CentreRef(c.getId(), c.name(language), shownIn, MunicipalityRef.of(c.getMunicipality()));
        }
    }

    /** An offering in a list: enough to show a line and link to it. */
    @JsonbPropertyOrder({"id", "title", "language", "course", "provider", "startDate", "endDate", "pace", "mode",
        "status", "places", "seatsLeft", "waitlistLength"})
    public record OfferingSummary(long id, String title, String language, CourseRef course, ProviderRef provider,
            LocalDate startDate, LocalDate endDate, PaceDto pace, String mode, String status, Integer places,
            Integer seatsLeft, int waitlistLength) {
        static OfferingSummary of(Offering o, String language, Instant now) {
            Course c = o.getCourse();
            return new OfferingSummary(o.getId(), c.title(language), c.textLanguage(language),
                    new CourseRef(c.getId(), c.getCode().value()), ProviderRef.of(c.getProvider()),
                    o.getStartDate(), o.getEndDate(), PaceDto.of(o.getPace()), o.getMode().name(),
                    o.statusAt(now).name(), o.getPlaces().orElse(null), o.getSeatsLeft().orElse(null),
                    o.getWaitlistCount());
        }
    }

    /** One offering with its course and provider. {@code places} is absent when there is no limit. */
    @JsonbPropertyOrder({"id", "course", "provider", "startDate", "endDate", "pace", "mode", "mandatoryOnSiteSessions",
        "mandatoryRemoteSessions", "hostingCentres", "places", "seatsLeft", "waitlistLength", "requiresApproval",
        "applicationWindow", "fee", "instructionLanguage", "status"})
    public record OfferingDetail(long id, CourseDto course, ProviderDto provider, LocalDate startDate,
            LocalDate endDate, PaceDto pace, String mode, int mandatoryOnSiteSessions, int mandatoryRemoteSessions,
            List<CentreRef> hostingCentres, Integer places, Integer seatsLeft, int waitlistLength,
            boolean requiresApproval, ApplicationWindowDto applicationWindow, FeeDto fee,
            String instructionLanguage, String status) {
        static OfferingDetail of(Offering o, String language, Instant now) {
            Course c = o.getCourse();
            return new OfferingDetail(o.getId(), CourseDto.of(c, language), ProviderDto.of(c.getProvider()),
                    o.getStartDate(), o.getEndDate(), PaceDto.of(o.getPace()), o.getMode().name(),
                    o.getMandatoryOnSiteSessions(), o.getMandatoryRemoteSessions(),
                    o.getHostingCentres().stream().map(h -> CentreRef.of(h, language)).toList(),
                    o.getPlaces().orElse(null), o.getSeatsLeft().orElse(null), o.getWaitlistCount(),
                    o.requiresApproval(), ApplicationWindowDto.of(o.getApplicationWindow()),
                    FeeDto.of(o.getFee()), o.getInstructionLanguage(), o.statusAt(now).name());
        }
    }
}

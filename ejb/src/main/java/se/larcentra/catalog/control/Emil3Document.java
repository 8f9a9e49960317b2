package se.larcentra.catalog.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.larcentra.catalog.boundary.ImportReport;
import se.larcentra.centre.entity.GeoPoint;

/**
 * The parts of an EMIL3 (Susa-navet) document the catalogue uses, as {@link Emil3Parser} read them:
 * values already converted (dates, numbers, coordinates), codes as the source spells them, texts
 * with the source's language codes (ISO 639-2, e.g. {@code swe}). Optional parts the source left out
 * are {@code null} or empty lists. Records the parser could not read at all are in {@link #rejected},
 * values it had to drop in {@link #warnings}.
 */
public record Emil3Document(List<Provider> providers, List<Education> educations, List<Event> events,
        List<ImportReport.Issue> rejected, List<ImportReport.Issue> warnings) {

    public Emil3Document {
        providers = List.copyOf(providers);
        educations = List.copyOf(educations);
        events = List.copyOf(events);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** One string of a LangString or LangUrl; {@code language} as given, {@code null} when missing. */
    public record Text(String language, String value) {
    }

    /** A code object such as {@code { "type": "C_Subject_SUN", "code": "481" }}. */
    public record Code(String type, String code) {
    }

    /** An EducationProvider; {@code line} is where the record starts in the file. */
    public record Provider(String identifier, int line, List<Text> names, List<Text> urls) {

        public Provider {
            names = List.copyOf(names);
            urls = List.copyOf(urls);
        }
    }

    /** An EducationInfo: the course. */
    public record Education(String identifier, int line, String code, List<Text> titles, List<Text> descriptions,
            String schoolType, List<Code> subjects, String creditSystem, BigDecimal credits) {

        public Education {
            titles = List.copyOf(titles);
            descriptions = List.copyOf(descriptions);
            subjects = List.copyOf(subjects);
        }
    }

    /** An EducationEvent: the offering. */
    public record Event(String identifier, int line, String education, List<String> providers, List<Location> locations,
            List<String> languages, LocalDate start, LocalDate end, boolean cancelled, Instant expires, List<Fee> fees,
            Integer places, PaceOfStudy pace, Distance distance, Application application) {

        public Event {
            providers = List.copyOf(providers);
            locations = List.copyOf(locations);
            languages = List.copyOf(languages);
            fees = List.copyOf(fees);
        }
    }

    /** Where an event takes place: the municipality code ({@code areaCode}) and the wgs84 position, each optional. */
    public record Location(String areaCode, GeoPoint position) {
    }

    public record Fee(BigDecimal totalAmount, String currency) {
    }

    /** {@code paceOfStudy}: a percentage of full time, or individual pace; either may be missing. */
    public record PaceOfStudy(Integer percentage, boolean individual) {
    }

    /** The {@code distance} block, present for distance offerings; missing counts are 0. */
    public record Distance(int mandatorySessions, int optionalSessions, int mandatoryRemoteSessions,
            int optionalRemoteSessions) {
    }

    /** The {@code application} block; dates that were missing or unreadable are {@code null}. */
    public record Application(LocalDate first, LocalDate last, boolean continuous) {
    }
}

package se.larcentra.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.regex.Pattern;
import se.larcentra.catalog.boundary.ImportReport.Issue;
import se.larcentra.catalog.boundary.ImportReport.Kind;
import se.larcentra.centre.entity.GeoPoint;

/**
 * Reads an EMIL3 (Susa-navet) JSON document into an {@link Emil3Document}: one of the list envelopes
 * ({@code educationProviders}, {@code educationInfos}, {@code educationEvents}) or one object holding
 * several of them. Pure: no database, no clock.
 *
 * <p>Malformed JSON, or JSON that is not such an object, is an {@link Emil3FormatException} with the
 * line and column: the whole document is rejected. Within a well-formed document the parser is
 * lenient, because real feeds vary: a record without an identifier is rejected on its own, an
 * optional value of the wrong type or format is dropped with a warning, LangStrings may carry their
 * text in {@code content} or {@code value}, and a wgs84 position may separate latitude and longitude
 * by a space or a comma. When an identifier occurs twice in one list, the later record wins.
 */
public final class Emil3Parser {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final Map<String, Kind> LISTS = Map.of(
            "educationProviders", Kind.PROVIDER,
            "educationInfos", Kind.COURSE,
            "educationEvents", Kind.OFFERING);
    /** Parsson appends the position to its messages; the report gives it separately. */
    private static final Pattern POSITION = Pattern.compile("\\s*at \\(line no=-?\\d+, column no=-?\\d+, offset=-?\\d+\\)");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private static volatile JsonParserFactory parsers;

    private Emil3Parser() {
    }

    public static Emil3Document parse(String json) throws Emil3FormatException {
        return parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads the whole stream as UTF-8 (a byte order mark is skipped); the caller closes it. */
    public static Emil3Document parse(InputStream json) throws Emil3FormatException {
        Collector collector = new Collector();
        BufferedReader reader;
        try {
            reader = withoutByteOrderMark(json);
            if (isBlank(reader)) {
                throw new Emil3FormatException("the document is empty", null, null);
            }
        } catch (UncheckedIOException e) {
            throw new Emil3FormatException("cannot read the document: " + e.getCause().getMessage(), null, null);
        }
        try (JsonParser parser = parsers().createParser(reader)) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw at(parser, "an EMIL3 document is a JSON object such as { \"educationEvents\": [ … ] }");
            }
            boolean hasList = false;
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String key = parser.getString();
                Kind kind = LISTS.get(key);
                JsonParser.Event value = parser.next();
                if (kind == null) {
                    JsonValue other = parser.getValue(); // read in full, so it is checked too
                    if (key.equals("page")) {
                        collector.page(other);
                    }
                    continue;
                }
                hasList = true;
                if (value == JsonParser.Event.VALUE_NULL) {
                    continue; // an empty list, as some feeds write it
                }
                if (value != JsonParser.Event.START_ARRAY) {
                    throw at(parser, "\"" + key + "\" is not a list");
                }
                while (parser.next() != JsonParser.Event.END_ARRAY) {
                    int line = (int) Math.max(1, parser.getLocation().getLineNumber());
                    collector.item(kind, line, parser.getValue());
                }
            }
            if (parser.hasNext()) {
                throw at(parser, "there is more after the end of the document");
            }
            if (!hasList) {
                throw new Emil3FormatException(
                        "not an EMIL3 document: it has none of educationProviders, educationInfos, educationEvents", 1, 1);
            }
        } catch (JsonParsingException e) {
            JsonLocation where = e.getLocation();
            throw new Emil3FormatException("malformed JSON: " + POSITION.matcher(String.valueOf(e.getMessage())).replaceAll(""),
                    position(where == null ? -1 : where.getLineNumber()), position(where == null ? -1 : where.getColumnNumber()));
        } catch (NoSuchElementException e) {
            throw new Emil3FormatException("malformed JSON: the document ends early", null, null);
        } catch (JsonException | UncheckedIOException e) {
            throw new Emil3FormatException("cannot read the document: " + e.getMessage(), null, null);
        }
        return collector.document();
    }

    private static JsonParserFactory parsers() {
        JsonParserFactory factory = parsers;
        if (factory == null) {
            factory = Json.createParserFactory(Map.of());
            parsers = factory;
        }
        return factory;
    }

    /** Whether nothing but white space comes before the end; reads ahead without consuming. */
    private static boolean isBlank(BufferedReader reader) {
        int lookahead = 1 << 16;
        try {
            reader.mark(lookahead);
            for (int i = 0; i < lookahead; i++) {
                int c = reader.read();
                if (c == -1) {
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                reader.reset();
            } catch (IOException e) {
                // mark invalidated only past the look-ahead, which the loop never reaches
            }
        }
    }

    private static BufferedReader withoutByteOrderMark(InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reader;
    }

    private static Emil3FormatException at(JsonParser parser, String reason) {
        JsonLocation where = parser.getLocation();
        return new Emil3FormatException(reason, position(where.getLineNumber()), position(where.getColumnNumber()));
    }

    private static Integer position(long value) {
        return value < 1 ? null : (int) value;
    }

    // ---- values whose format varies between feeds; package-visible for the tests ----------------

    /**
     * A wgs84 string: latitude then longitude in decimal degrees, separated by a space or a comma
     * (decimal commas are accepted when a space separates the two).
     *
     * @throws IllegalArgumentException when it is not two numbers in range
     */
    static GeoPoint wgs84(String text) {
        String value = text == null ? "" : text.strip();
        String[] parts = value.split("\\s*[,;]\\s*");
        if (parts.length != 2 || !parts[0].matches("[-+]?\\d+(\\.\\d+)?") || !parts[1].matches("[-+]?\\d+(\\.\\d+)?")) {
            parts = value.split("\\s+");
            if (parts.length == 2) {
                parts[0] = parts[0].replace(',', '.');
                parts[1] = parts[1].replace(',', '.');
            }
        }
        if (parts.length != 2 || !parts[0].matches("[-+]?\\d+(\\.\\d+)?") || !parts[1].matches("[-+]?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("not a \"latitude longitude\" pair: \"" + text + "\"");
        }
        return new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
    }

    /** A date, or the Swedish calendar day of a date-time ({@code 2026-01-19T00:00:00+01:00}). */
    static LocalDate date(String text) {
        String value = text.strip();
        if (value.length() == 10) {
            return LocalDate.parse(value);
        }
        TemporalAccessor parsed = DATE_TIME.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime odt ? odt.atZoneSameInstant(SWEDEN).toLocalDate()
                : ((LocalDateTime) parsed).toLocalDate();
    }

    /** A moment; a date alone means the start of that day in Sweden, a local date-time Swedish time. */
    static Instant instant(String text) {
        String value = text.strip();
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay(SWEDEN).toInstant();
        }
        TemporalAccessor parsed = DATE_TIME.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime odt ? odt.toInstant() : ((LocalDateTime) parsed).atZone(SWEDEN).toInstant();
    }

    // ---- from JSON values to records ------------------------------------------------------------

    /** Gathers the records of all lists, the rejected items and the warnings. */
    private static final class Collector {

        private final Map<String, Emil3Document.Provider> providers = new LinkedHashMap<>();
        private final Map<String, Emil3Document.Education> educations = new LinkedHashMap<>();
        private final Map<String, Emil3Document.Event> events = new LinkedHashMap<>();
        private final List<Issue> rejected = new ArrayList<>();
        private final List<Issue> warnings = new ArrayList<>();

        Emil3Document document() {
            return new Emil3Document(List.copyOf(providers.values()), List.copyOf(educations.values()),
                    List.copyOf(events.values()), rejected, warnings);
        }

        void page(JsonValue page) {
            if (page instanceof JsonObject p && p.get("totalPages") instanceof JsonNumber total && total.intValue() > 1) {
                int number = p.get("pageNumber") instanceof JsonNumber n ? n.intValue() + 1 : 0;
                warnings.add(new Issue(Kind.FILE, null, null, "this is " + (number > 0 ? "page " + number : "one page")
                        + " of " + total.intValue() + " of a paged list; the other pages are not in this file"));
            }
        }

        void item(Kind kind, int line, JsonValue item) {
            if (!(item instanceof JsonObject object)) {
                rejected.add(new Issue(kind, null, line, "not a record (a JSON object) but " + describe(item)));
                return;
            }
            JsonValue content = object.get("content");
            JsonObject record;
            if (content == null || content == JsonValue.NULL) {
                record = object; // a bare record, without the {id, status, content} wrapper
            } else if (content instanceof JsonObject c) {
                record = c;
            } else {
                rejected.add(new Issue(kind, textOrNull(object, "id"), line, "\"content\" is not an object"));
                return;
            }
            String identifier = textOrNull(record, "identifier");
            if (identifier == null) {
                identifier = textOrNull(object, "id");
            }
            if (identifier == null) {
                rejected.add(new Issue(kind, null, line, "no identifier (neither content.identifier nor id)"));
                return;
            }
            Fields fields = new Fields(kind, identifier, line, warnings);
            switch (kind) {
                case PROVIDER -> keep(providers, identifier, fields, provider(record, fields));
                case COURSE -> keep(educations, identifier, fields, education(record, fields));
                case OFFERING -> keep(events, identifier, fields, event(record, fields));
                default -> throw new IllegalStateException(kind.name());
            }
        }

        private static <T> void keep(Map<String, T> records, String identifier, Fields fields, T record) {
            if (records.put(identifier, record) != null) {
                fields.warn("the identifier occurs more than once in the file; the record from line " + fields.line
                        + " is the one imported");
            }
        }

        private static Emil3Document.Provider provider(JsonObject record, Fields f) {
            return new Emil3Document.Provider(f.identifier, f.line, f.langString(record, "name"), f.langUrl(record, "url"));
        }

        private static Emil3Document.Education education(JsonObject record, Fields f) {
            JsonObject credits = f.object(record, "credits");
            List<Emil3Document.Code> subjects = new ArrayList<>();
            for (JsonValue subject : f.array(record, "subjects")) {
                if (subject instanceof JsonObject s) {
                    subjects.add(new Emil3Document.Code(f.code(s, "type"), f.text(s, "code")));
                }
            }
            return new Emil3Document.Education(f.identifier, f.line, f.text(record, "code"), f.langString(record, "title"),
                    f.langString(record, "description"), f.code(record, "type"), subjects,
                    credits == null ? null : f.code(credits, "system"),
                    credits == null ? null : f.decimal(credits, "credits"));
        }

        private static Emil3Document.Event event(JsonObject record, Fields f) {
            List<Emil3Document.Location> locations = new ArrayList<>();
            for (JsonValue location : f.array(record, "locations")) {
                if (location instanceof JsonObject address) {
                    locations.add(f.location(address));
                }
            }
            List<Emil3Document.Fee> fees = new ArrayList<>();
            for (JsonValue fee : f.array(record, "fees")) {
                if (fee instanceof JsonObject o) {
                    fees.add(new Emil3Document.Fee(f.decimal(o, "totalAmount"), f.text(o, "currency")));
                }
            }
            JsonObject execution = f.object(record, "execution");
            JsonObject pace = f.object(record, "paceOfStudy");
            JsonObject distance = f.object(record, "distance");
            JsonObject application = f.object(record, "application");
            return new Emil3Document.Event(f.identifier, f.line, f.text(record, "education"), f.codes(record, "providers"),
                    locations, f.codes(record, "languageOfInstructions"),
                    execution == null ? null : f.date(execution, "start"),
                    execution == null ? null : f.date(execution, "end"),
                    f.bool(record, "isCancelled"), f.instant(record, "expires"), fees, f.integer(record, "places"),
                    pace == null ? null : new Emil3Document.PaceOfStudy(f.integer(pace, "percentage"), f.bool(pace, "individual")),
                    distance == null ? null : new Emil3Document.Distance(f.count(distance, "noOfMandatorySessions"),
                            f.count(distance, "noOfOptionalSessions"), f.count(distance, "noOfMandatoryRemoteSessions"),
                            f.count(distance, "noOfOptionalRemoteSessions")),
                    application == null ? null : new Emil3Document.Application(f.date(application, "first"),
                            f.date(application, "last"), f.bool(application, "continuous")));
        }
    }

    private static String textOrNull(JsonObject object, String key) {
        JsonValue value = object.get(key);
        String text = value instanceof JsonString s ? s.getString() : value instanceof JsonNumber n ? n.toString() : null;
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String describe(JsonValue value) {
        return value == null ? "nothing" : switch (value.getValueType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }

    /** Reads the optional values of one record; a value it cannot use is dropped with a warning. */
    private static final class Fields {

        final Kind kind;
        final String identifier;
        final int line;
        private final List<Issue> warnings;

        Fields(Kind kind, String identifier, int line, List<Issue> warnings) {
            this.kind = kind;
            this.identifier = identifier;
            this.line = line;
            this.warnings = warnings;
        }

        void warn(String message) {
            warnings.add(new Issue(kind, identifier, line, message));
        }

        private JsonValue present(JsonObject object, String key) {
            JsonValue value = object.get(key);
            return value == JsonValue.NULL ? null : value;
        }

        String text(JsonObject object, String key) {
            JsonValue value = present(object, key);
            if (value == null || value instanceof JsonString || value instanceof JsonNumber) {
                return textOrNull(object, key);
            }
            warn("\"" + key + "\" is " + describe(value) + ", not text; ignored");
            return null;
        }

        /** A code object's {@code code}, or a plain string. */
        String code(JsonObject object, String key) {
            JsonValue value = present(object, key);
            if (value instanceof JsonObject code) {
                return text(code, "code");
            }
            return text(object, key);
        }

        /** A list of strings or of code objects, e.g. {@code ["swe"]} or {@code [{"code": "swe"}]}. */
        List<String> codes(JsonObject object, String key) {
            List<String> codes = new ArrayList<>();
            JsonValue value = present(object, key);
            if (value instanceof JsonString || value instanceof JsonObject) {
                value = Json.createArrayBuilder().add(value).build();
            }
            if (value instanceof JsonArray array) {
                for (JsonValue element : array) {
                    String code = element instanceof JsonObject o ? textOrNull(o, "code")
                            : element instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
                    if (code != null) {
                        codes.add(code);
                    }
                }
            } else if (value != null) {
                warn("\"" + key + "\" is " + describe(value) + ", not a list; ignored");
            }
            return codes;
        }

        JsonObject object(JsonObject object, String key) {
            JsonValue value = present(object, key);
            if (value == null || value instanceof JsonObject) {
                return (JsonObject) value;
            }
            warn("\"" + key + "\" is " + describe(value) + ", not an object; ignored");
            return null;
        }

        JsonArray array(JsonObject object, String key) {
            JsonValue value = present(object, key);
            if (value instanceof JsonArray array) {
                return array;
            }
            if (value instanceof JsonObject single) {
                return Json.createArrayBuilder().add(single).build();
            }
            if (value != null) {
                warn("\"" + key + "\" is " + describe(value) + ", not a list; ignored");
            }
            return JsonValue.EMPTY_JSON_ARRAY;
        }

        /** A LangString: {@code {"strings": [{"lang": "swe", "content" | "value": "…"}]}}; a plain string has no language. */
        List<Emil3Document.Text> langString(JsonObject object, String key) {
            return strings(object, key, "strings", "content", "value");
        }

        /** A LangUrl: {@code {"urls": [{"lang": "swe", "value": "https://…"}]}}. */
        List<Emil3Document.Text> langUrl(JsonObject object, String key) {
            return strings(object, key, "urls", "value", "url");
        }

        private List<Emil3Document.Text> strings(JsonObject object, String key, String listKey, String textKey,
                String otherTextKey) {
            JsonValue value = present(object, key);
            List<Emil3Document.Text> texts = new ArrayList<>();
            if (value == null) {
                return texts;
            }
            if (value instanceof JsonString s) {
                if (!s.getString().isBlank()) {
                    texts.add(new Emil3Document.Text(null, s.getString().strip()));
                }
                return texts;
            }
            JsonValue list = value instanceof JsonObject o ? o.get(listKey) : value;
            if (!(list instanceof JsonArray array)) {
                warn("\"" + key + "\" has no \"" + listKey + "\" list; ignored");
                return texts;
            }
            for (JsonValue element : array) {
                if (element instanceof JsonObject string) {
                    String text = textOrNull(string, textKey);
                    if (text == null) {
                        text = textOrNull(string, otherTextKey);
                    }
                    if (text != null) {
                        texts.add(new Emil3Document.Text(textOrNull(string, "lang"), text));
                    }
                }
            }
            return texts;
        }

        Emil3Document.Location location(JsonObject address) {
            String area = text(address, "areaCode");
            if (area != null && !MUNICIPALITY_CODE.matcher(area).matches()) {
                warn("areaCode \"" + area + "\" is not a municipality code; ignored");
                area = null;
            }
            String wgs84 = text(address, "wgs84");
            GeoPoint position = null;
            if (wgs84 != null) {
                try {
                    position = Emil3Parser.wgs84(wgs84);
                } catch (IllegalArgumentException e) {
                    warn("wgs84 position ignored: " + e.getMessage());
                }
            }
            return new Emil3Document.Location(area, position);
        }

        LocalDate date(JsonObject object, String key) {
            return converted(object, key, Emil3Parser::date, "a date");
        }

        Instant instant(JsonObject object, String key) {
            return converted(object, key, Emil3Parser::instant, "a date or date-time");
        }

        private <T> T converted(JsonObject object, String key, Function<String, T> conversion, String what) {
            String text = text(object, key);
            if (text == null) {
                return null;
            }
            try {
                return conversion.apply(text);
            } catch (DateTimeParseException | ClassCastException e) {
                warn("\"" + key + "\" is not " + what + ": \"" + text + "\"; ignored");
                return null;
            }
        }

        BigDecimal decimal(JsonObject object, String key) {
            JsonValue value = present(object, key);
            if (value == null) {
                return null;
            }
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue();
            }
            if (value instanceof JsonString s) {
                String text = s.getString().strip().replace(" ", "").replace(',', '.');
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            warn("\"" + key + "\" is not a number: " + value + "; ignored");
            return null;
        }

        Integer integer(JsonObject object, String key) {
            BigDecimal value = decimal(object, key);
            if (value == null) {
                return null;
            }
            try {
                return value.setScale(0, RoundingMode.HALF_UP).intValueExact();
            } catch (ArithmeticException e) {
                warn("\"" + key + "\" is out of range: " + value + "; ignored");
                return null;
            }
        }

        /** A count of sessions: missing is 0, a negative or unreadable one too (with a warning). */
        int count(JsonObject object, String key) {
            Integer value = integer(object, key);
            if (value != null && value < 0) {
                warn("\"" + key + "\" is negative: " + value + "; taken as 0");
                return 0;
            }
            return value == null ? 0 : value;
        }

        boolean bool(JsonObject object, String key) {
            JsonValue value = present(object, key);
            if (value == null || value == JsonValue.FALSE) {
                return false;
            }
            if (value == JsonValue.TRUE) {
                return true;
            }
            if (value instanceof JsonString s && (s.getString().equalsIgnoreCase("true") || s.getString().equalsIgnoreCase("false"))) {
                return s.getString().equalsIgnoreCase("true");
            }
            warn("\"" + key + "\" is " + describe(value) + ", not true or false; taken as false");
            return false;
        }
    }
}

package se.larcentra.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Reads a JSON request body strictly: it is either the object the resource method asks for, or a
 * 400 problem naming the field at fault ({@link InvalidParameterException}, {@code parameter} being
 * the field's path, e.g. {@code offeringId}, {@code roles[0]}, {@code [1].opens}; {@code body} for
 * the body as a whole).
 * <p>
 * Why not JSON-B alone: Yasson reports a value it cannot take as a {@code JsonbException}, which
 * Jersey wraps in a {@code ProcessingException} (a 500 here, naming nothing), and it coerces numbers
 * silently ({@code 1e99} or {@code 1.7} into a {@code long} become {@code 0} and {@code 1}). So the
 * body is first parsed into a tree here, iteratively and within {@link #MAX_BYTES} and
 * {@link #MAX_DEPTH} (a deeply nested body cannot exhaust the stack, a huge one the heap), each
 * value is checked against the declared type of the field it will fill (strings for strings, whole
 * numbers within range for integral fields, finite numbers for decimals, constant names for enums,
 * objects for records, arrays for collections), and only the checked tree is handed to JSON-B. A
 * field that is absent or null is left to Bean Validation, as before, except where a primitive
 * cannot hold null. Members the type does not know are ignored, as JSON-B ignores them.
 */
public final class JsonBodies {

    /** What {@code parameter} says when the body as a whole is at fault. */
    public static final String BODY = "body";
    /** The largest body read: far above any request of this API, far below what would strain the heap. */
    public static final int MAX_BYTES = 1 << 20;
    /** Objects and arrays nested deeper than this are refused; no request of this API needs more than four. */
    public static final int MAX_DEPTH = 32;

    private static final Logger LOG = Logger.getLogger(JsonBodies.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of());

    private static final Map<Class<?>, long[]> WHOLE_NUMBER_RANGES = Map.of(
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE}, Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE}, Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE}, Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});

    private JsonBodies() {
    }

    /**
     * Reads a body of the given type.
     *
     * @param charset the charset the request declared, or null for UTF-8
     * @throws InvalidParameterException     when the body is empty, not JSON, too deep, or a value does not fit
     * @throws WebApplicationException       413 when the body is larger than {@link #MAX_BYTES}
     */
    public static Object read(InputStream body, Charset charset, Type type) throws IOException {
        JsonValue tree = parse(body, charset);
        if (tree.getValueType() == JsonValue.ValueType.NULL) {
            throw invalid("", expectation(rawClass(type)));
        }
        return bind(conform(tree, type, ""), type);
    }

    /** The body as a JSON tree, within the limits. */
    static JsonValue parse(InputStream body, Charset charset) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new InvalidParameterException(BODY, "This call needs a JSON body.");
        }
        InputStream in = new ByteArrayInputStream(bytes);
        // RFC 8259: JSON exchanged between systems is UTF-8. (Parsson's guessing from the first bytes fails on a one-byte body.)
        try (JsonParser parser = PARSERS.createParser(in, charset == null ? StandardCharsets.UTF_8 : charset)) {
            return tree(parser);
        } catch (JsonParsingException malformed) {
            throw notJson(malformed.getLocation());
        } catch (JsonException | NumberFormatException | ArithmeticException | UnsupportedOperationException malformed) {
            // Parsson refuses, for instance, a number of more than a thousand digits.
            throw new InvalidParameterException(BODY, "The body is not valid JSON.");
        }
    }

    /** A 413 problem: the body is larger than {@link #MAX_BYTES}. */
    public static WebApplicationException tooLarge() {
        return new WebApplicationException("The body is larger than " + MAX_BYTES / 1024 + " KiB.", Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    /** Builds the tree with a stack of its own, so nesting costs heap within the limit, never the thread's stack. */
    private static JsonValue tree(JsonParser parser) {
        Deque<OpenStructure> open = new ArrayDeque<>();
        JsonValue root = null;
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            JsonValue complete = null;
            switch (event) {
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() == MAX_DEPTH) {
                        throw new InvalidParameterException(BODY, "The body is nested more than " + MAX_DEPTH + " levels deep.");
                    }
                    open.push(new OpenStructure(event == JsonParser.Event.START_OBJECT));
                }
                case KEY_NAME -> open.element().key(parser.getString());
                case END_OBJECT, END_ARRAY -> complete = open.pop().build();
                default -> complete = parser.getValue();
            }
            if (complete != null) {
                if (open.isEmpty()) {
                    root = complete;
                } else {
                    open.element().add(complete);
                }
            }
        }
        if (root == null || !open.isEmpty()) {
            throw notJson(parser.getLocation()); // it ended early: Parsson's hasNext() says so only by returning false
        }
        return root;
    }

    private static InvalidParameterException notJson(JsonLocation at) {
        return new InvalidParameterException(BODY, "The body is not valid JSON"
                + (at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")") + ".");
    }

    /** An object or array whose end the parser has not reached yet. */
    private static final class OpenStructure {

        private final Map<String, JsonValue> members;
        private final JsonArrayBuilder elements;
        private String key;

        OpenStructure(boolean object) {
            members = object ? new LinkedHashMap<>() : null;
            elements = object ? null : JSON.createArrayBuilder();
        }

        void key(String name) {
            if (members.containsKey(name)) {
                // Which of the two would win differs between parsers; a request must not be ambiguous.
                throw invalid(name, "appears twice in the same object");
            }
            key = name;
        }

        void add(JsonValue value) {
            if (members != null) {
                members.put(key, value);
            } else {
                elements.add(value);
            }
        }

        JsonValue build() {
            if (members == null) {
                return elements.build();
            }
            JsonObjectBuilder object = JSON.createObjectBuilder();
            members.forEach(object::add);
            return object.build();
        }
    }

    /**
     * Checks {@code value} against the Java type it will be bound to and returns it as JSON-B should
     * see it: whole numbers written as such ({@code 1.0} and {@code 1e2} are whole numbers too), only
     * the members the type has.
     *
     * @param path where {@code value} is in the body ({@code ""} for the body itself)
     */
    static JsonValue conform(JsonValue value, Type type, String path) {
        Class<?> raw = rawClass(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                throw invalid(path, expectation(raw) + ", not null");
            }
            return value;
        }
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return value;
        }
        if (raw == String.class || raw == char.class || raw == Character.class) {
            if (!(value instanceof JsonString text) || (raw != String.class && text.getString().length() != 1)) {
                throw invalid(path, expectation(raw));
            }
            return value;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw invalid(path, expectation(raw));
            }
            return value;
        }
        if (WHOLE_NUMBER_RANGES.containsKey(raw)) {
            return JSON.createValue(wholeNumber(value, WHOLE_NUMBER_RANGES.get(raw), path));
        }
        if (raw == BigInteger.class) {
            return JSON.createValue(wholeNumber(value, null, path));
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class || raw == BigDecimal.class) {
            return decimal(value, raw, path);
        }
        if (raw.isEnum()) {
            return constant(value, raw, path);
        }
        if (raw.isRecord()) {
            return record(value, raw, path);
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            return elements(value, raw, elementType(type, raw), path);
        }
        if (Map.class.isAssignableFrom(raw) && typeArgument(type, 0) == String.class) {
            return entries(value, typeArgument(type, 1), path);
        }
        return leaf(value, type, raw, path);
    }

    private static BigInteger wholeNumber(JsonValue value, long[] range, String path) {
        if (!(value instanceof JsonNumber number)) {
            throw invalid(path, "must be a whole number");
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.signum() == 0) {
            return BigInteger.ZERO; // 0e999999999 included
        }
        if (decimal.stripTrailingZeros().scale() > 0) {
            throw invalid(path, "must be a whole number");
        }
        if (range == null) {
            if (decimal.precision() - decimal.scale() > 1000) { // 1e1000000000 would take a long time to expand
                throw invalid(path, "is out of range");
            }
            return decimal.toBigIntegerExact();
        }
        // At most 19 digits before the point for a long; checked first, so that 1e999999999 is not expanded.
        if (decimal.precision() - decimal.scale() > 19
                || decimal.compareTo(BigDecimal.valueOf(range[0])) < 0 || decimal.compareTo(BigDecimal.valueOf(range[1])) > 0) {
            throw invalid(path, "is out of range (" + range[0] + " to " + range[1] + ")");
        }
        return decimal.toBigIntegerExact();
    }

    private static JsonValue decimal(JsonValue value, Class<?> raw, String path) {
        if (!(value instanceof JsonNumber number)) {
            throw invalid(path, "must be a number");
        }
        if (raw != BigDecimal.class) {
            double asDouble = number.doubleValue();
            boolean fits = raw == float.class || raw == Float.class ? Float.isFinite((float) asDouble) : Double.isFinite(asDouble);
            if (!fits) {
                throw invalid(path, "is out of range");
            }
        }
        return value;
    }

    private static JsonValue constant(JsonValue value, Class<?> raw, String path) {
        if (value instanceof JsonString name) {
            for (Object constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name.getString())) {
                    return value;
                }
            }
        }
        throw invalid(path, expectation(raw));
    }

    private static JsonValue record(JsonValue value, Class<?> raw, String path) {
        if (!(value instanceof JsonObject object)) {
            throw invalid(path, expectation(raw));
        }
        JsonObjectBuilder conformed = JSON.createObjectBuilder();
        for (RecordComponent component : raw.getRecordComponents()) {
            if (isTransient(component)) {
                continue;
            }
            String name = jsonName(component);
            JsonValue member = object.get(name);
            if (member != null) {
                conformed.add(name, conform(member, component.getGenericType(), child(path, name)));
            }
        }
        return conformed.build();
    }

    private static JsonValue elements(JsonValue value, Class<?> raw, Type elementType, String path) {
        if (!(value instanceof JsonArray array)) {
            throw invalid(path, expectation(raw));
        }
        JsonArrayBuilder conformed = JSON.createArrayBuilder();
        for (int i = 0; i < array.size(); i++) {
            conformed.add(conform(array.get(i), elementType, path + "[" + i + "]"));
        }
        return conformed.build();
    }

    private static JsonValue entries(JsonValue value, Type valueType, String path) {
        if (!(value instanceof JsonObject object)) {
            throw invalid(path, "must be a JSON object");
        }
        JsonObjectBuilder conformed = JSON.createObjectBuilder();
        object.forEach((name, member) -> conformed.add(name, conform(member, valueType, child(path, name))));
        return conformed.build();
    }

    /** A type this class does not know field by field (a date, a time): JSON-B decides on this value alone. */
    private static JsonValue leaf(JsonValue value, Type type, Class<?> raw, String path) {
        try {
            JsonbHolder.JSONB.fromJson(value.toString(), type);
            return value;
        } catch (JsonbException | IllegalArgumentException | java.time.DateTimeException notThat) {
            throw invalid(path, expectation(raw));
        }
    }

    private static Object bind(JsonValue conformed, Type type) {
        try {
            return JsonbHolder.JSONB.fromJson(conformed.toString(), type);
        } catch (JsonbException unexpected) {
            // Every value was checked against its field, so this is a type JSON-B cannot build from any JSON.
            LOG.log(Level.FINE, "a checked body still did not bind to " + type.getTypeName(), unexpected);
            throw new InvalidParameterException(BODY, "The body does not fit this call.");
        }
    }

    static String expectation(Class<?> raw) {
        if (raw == String.class) {
            return "must be a string";
        }
        if (raw == char.class || raw == Character.class) {
            return "must be a string of one character";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "must be true or false";
        }
        if (WHOLE_NUMBER_RANGES.containsKey(raw) || raw == BigInteger.class) {
            return "must be a whole number";
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class || raw == BigDecimal.class) {
            return "must be a number";
        }
        if (raw.isEnum()) {
            return "must be one of " + Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            return "must be a JSON array";
        }
        if (raw == LocalTime.class) {
            return "must be a time such as 08:30";
        }
        if (raw == LocalDate.class) {
            return "must be a date such as 2026-08-31";
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return "must be a moment such as 2026-08-31T08:30:00Z";
        }
        if (raw == LocalDateTime.class) {
            return "must be a date and time such as 2026-08-31T08:30:00";
        }
        if (raw.isRecord() || Map.class.isAssignableFrom(raw)) {
            return "must be a JSON object";
        }
        return "must be a valid " + raw.getSimpleName();
    }

    private static InvalidParameterException invalid(String path, String must) {
        return new InvalidParameterException(path.isEmpty() ? BODY : path, (path.isEmpty() ? "The body" : path) + " " + must + ".");
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static boolean isTransient(RecordComponent component) {
        return component.isAnnotationPresent(JsonbTransient.class) || component.getAccessor().isAnnotationPresent(JsonbTransient.class);
    }

    private static String jsonName(RecordComponent component) {
        JsonbProperty property = component.getAnnotation(JsonbProperty.class);
        if (property == null) {
            property = component.getAccessor().getAnnotation(JsonbProperty.class);
        }
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return rawClass(parameterized.getRawType());
        }
        if (type instanceof GenericArrayType array) {
            return java.lang.reflect.Array.newInstance(rawClass(array.getGenericComponentType()), 0).getClass();
        }
        return Object.class; // a type variable or wildcard: nothing to check against
    }

    private static Type elementType(Type type, Class<?> raw) {
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        if (raw.isArray()) {
            return raw.getComponentType();
        }
        return typeArgument(type, 0);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index) {
            return parameterized.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    /** Created on first use: JSON-B is only needed once a body has parsed. Thread-safe, shared. */
    private static final class JsonbHolder {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}

package se.larcentra.api;

import java.util.List;

/**
 * The {@code page} (from 0) and {@code size} (1 to 100, default 20) of a list request. The raw
 * strings are parsed here rather than by JAX-RS so that {@code ?page=abc} is a 400 naming
 * {@code page}, not the 404 JAX-RS gives a query parameter it cannot convert.
 */
public record PageParams(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageParams {
        if (page < 0) {
            throw new InvalidParameterException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameterException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidParameterException("page", "page is beyond the end of any list");
        }
    }

    /** Parses the query parameters; a missing or empty one takes its default. */
    public static PageParams of(String page, String size) {
        return new PageParams(parse("page", page, 0), parse("size", size, DEFAULT_SIZE));
    }

    /** Index of the first item on this page. */
    public int offset() {
        return page * size;
    }

    public <T> ListEnvelope<T> envelope(long total, List<T> items) {
        return new ListEnvelope<>(total, page, size, items);
    }

    private static int parse(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String trimmed = value.strip();
        if (!trimmed.matches("[+-]?[0-9]{1,10}")) {
            throw new InvalidParameterException(name, name + " must be a whole number");
        }
        long parsed = Long.parseLong(trimmed);
        if (parsed > Integer.MAX_VALUE || parsed < Integer.MIN_VALUE) {
            throw new InvalidParameterException(name, name + " is out of range");
        }
        return (int) parsed;
    }
}

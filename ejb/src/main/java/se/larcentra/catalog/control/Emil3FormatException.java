package se.larcentra.catalog.control;

import java.util.Optional;

/**
 * A document that is not JSON, or not an EMIL3 document at all: nothing of it is imported. Carries
 * the line and column (from 1) where the parser gave up, when it knows them.
 */
public class Emil3FormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final Integer line;
    private final Integer column;

    public Emil3FormatException(String reason, Integer line, Integer column) {
        super(reason + (line == null ? "" : " (line " + line + (column == null ? "" : ", column " + column) + ")"));
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    /** The reason without the position. */
    public String reason() {
        return reason;
    }

    public Optional<Integer> line() {
        return Optional.ofNullable(line);
    }

    public Optional<Integer> column() {
        return Optional.ofNullable(column);
    }
}

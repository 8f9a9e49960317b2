package se.larcentra.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A record asked for by id does not exist (or is not visible to the caller). Each component has
 * its own subclass; the web tier turns every one into a 404.
 */
@ApplicationException(rollback = true)
public abstract class NotFoundException extends RuntimeException {

    private final String kind;
    private final Object id;

    protected NotFoundException(String kind, Object id) {
        super("No " + kind + " with id " + id);
        this.kind = kind;
        this.id = id;
    }

    /** What was not found, e.g. {@code offering}. */
    public String kind() {
        return kind;
    }

    public Object id() {
        return id;
    }
}

package se.larcentra.platform.boundary;

import jakarta.ejb.ApplicationException;

/** Input a boundary cannot take, naming the field at fault: a 400 in the API, a field message on a page. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

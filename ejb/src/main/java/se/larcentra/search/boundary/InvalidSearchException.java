package se.larcentra.search.boundary;

import jakarta.ejb.ApplicationException;

/** A search parameter is out of range or inconsistent; names the parameter as the API calls it. */
@ApplicationException
public class InvalidSearchException extends RuntimeException {

    private final String parameter;

    public InvalidSearchException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

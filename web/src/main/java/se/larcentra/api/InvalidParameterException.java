package se.larcentra.api;

import jakarta.ws.rs.BadRequestException;

/** A request parameter the API cannot accept; answered with a 400 problem that names it. */
public class InvalidParameterException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

package se.larcentra.account.boundary;

import jakarta.ejb.ApplicationException;

/** Wrong username or password (which of the two is not said). The failure is recorded, not rolled back. */
@ApplicationException(rollback = false)
public class InvalidCredentialsException extends RuntimeException {

    public InvalidCredentialsException() {
        super("Wrong username or password.");
    }
}

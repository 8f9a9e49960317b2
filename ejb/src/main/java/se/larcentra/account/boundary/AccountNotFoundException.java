package se.larcentra.account.boundary;

import jakarta.ejb.ApplicationException;
import se.larcentra.platform.boundary.NotFoundException;

@ApplicationException(rollback = true)
public class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException(Object id) {
        super("account", id);
    }
}

package se.larcentra.catalog.boundary;

import se.larcentra.platform.boundary.NotFoundException;

/** No centre has the id asked for. */
public class CentreNotFoundException extends NotFoundException {

    public CentreNotFoundException(long id) {
        super("centre", id);
    }
}

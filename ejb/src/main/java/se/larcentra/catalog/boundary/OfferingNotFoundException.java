package se.larcentra.catalog.boundary;

import se.larcentra.platform.boundary.NotFoundException;

/** No offering has the id asked for. */
public class OfferingNotFoundException extends NotFoundException {

    public OfferingNotFoundException(long id) {
        super("offering", id);
    }
}

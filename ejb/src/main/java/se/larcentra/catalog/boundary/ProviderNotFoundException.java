package se.larcentra.catalog.boundary;

import se.larcentra.platform.boundary.NotFoundException;

/** No provider has the id asked for. */
public class ProviderNotFoundException extends NotFoundException {

    public ProviderNotFoundException(long id) {
        super("provider", id);
    }
}

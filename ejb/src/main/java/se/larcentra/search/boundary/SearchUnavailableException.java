package se.larcentra.search.boundary;

import jakarta.ejb.ApplicationException;

/** The index is being built for the first time; search answers once it is ready. */
@ApplicationException
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException() {
        super("The search index is being built; try again shortly");
    }
}

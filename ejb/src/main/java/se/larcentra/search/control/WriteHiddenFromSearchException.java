package se.larcentra.search.control;

/**
 * A statement would change records search shows in a way that cannot tell search which ones: a bulk
 * JPQL UPDATE or DELETE of a watched entity, or hand-written SQL writing a watched table. Refused
 * before it runs, so the transaction rolls back instead of search silently falling behind; change
 * the records through their entities instead.
 */
public class WriteHiddenFromSearchException extends RuntimeException {

    public WriteHiddenFromSearchException(String message) {
        super(message);
    }
}

package se.larcentra.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A form posted to a view the server no longer has (the session ran out, or the post was forged and
 * carries no valid view state) gets a page that says so, with status 400. The container cannot do
 * this by an error page for the exception type: it matches the wrapping ServletException against
 * the catch-all {@code Throwable} page first. A boundary's refusal of a signed-in user (access denied)
 * gets the 403 page. Every other exception goes on to the container's 500 page.
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_VIEW = "/error/expired.xhtml";
    static final String FORBIDDEN_VIEW = "/error/403.xhtml";

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            if (has(failure, ViewExpiredException.class)) {
                events.remove();
                Http.show(400, EXPIRED_VIEW);
                break;
            }
            if (has(failure, EJBAccessException.class)) {
                // A signed-in user on a page of records that are not theirs (another centre's rooms,
                // another teacher's offering): the boundary refused, the page says so with a 403.
                events.remove();
                Http.show(403, FORBIDDEN_VIEW);
                break;
            }
        }
        getWrapped().handle();
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}

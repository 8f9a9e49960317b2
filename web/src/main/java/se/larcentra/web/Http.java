package se.larcentra.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Optional;

/** What page beans need to say at the HTTP level. */
public final class Http {

    /** The view that says a page does not exist; also the container's 404 page (web.xml). */
    public static final String NOT_FOUND_VIEW = "/error/404.xhtml";

    private Http() {
    }

    /**
     * Answers the current page request with a real 404: the 404 page is rendered in place of the
     * view, in the same request, with status 404. Returns the (null) outcome for a view action.
     * (Navigating to the page would redirect, and a 302 is not a 404; sending the error to the
     * container from inside Faces works but logs warnings for every dead link.)
     */
    public static String notFound() {
        show(404, NOT_FOUND_VIEW);
        return null;
    }

    /** Renders {@code viewId} instead of the current view, with {@code status}. */
    public static void show(int status, String viewId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseStatus(status);
        UIViewRoot root = faces.getApplication().getViewHandler().createView(faces, viewId);
        faces.setViewRoot(root);
        faces.renderResponse();
    }

    /** A positive id from a request parameter; empty for anything else. */
    public static Optional<Long> parseId(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(value);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    /** The context path, for links built in Java ("" when the application is at the root). */
    public static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    /** Ends the request with a redirect to {@code path} on this site (after a POST: post, redirect, get). */
    public static void redirect(String path) throws java.io.IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** The servlet request of the current JSF request. */
    public static jakarta.servlet.http.HttpServletRequest request() {
        return (jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
    }
}

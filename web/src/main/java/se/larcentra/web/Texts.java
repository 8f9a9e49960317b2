package se.larcentra.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** The page texts (bundle {@code msg}) for beans, and messages shown on the page. */
public final class Texts {

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    /** Whether the page texts have {@code key}. */
    public static boolean has(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").containsKey(key);
    }

    /** An error message for the field {@code clientId} (null: for the page as a whole). */
    public static void error(String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, get(key, arguments), null));
    }

    /** A message shown after a redirect (kept in the flash scope for the next page). */
    public static void afterRedirect(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, arguments), null));
    }
}

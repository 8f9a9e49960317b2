package se.larcentra.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the user's pages for the whole session: Swedish unless the user chose English.
 * The choice arrives as {@code ?lang=} on any page (see {@link LanguageFilter}), so the switch works
 * without JavaScript and keeps the user where they are.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language language = Language.SV;

    public Locale getLocale() {
        return language.locale();
    }

    /** ISO 639-1 code of the page language, for {@code <html lang>}. */
    public String getLanguage() {
        return language.code();
    }

    /** Switches to {@code code} if it names a supported language; anything else is ignored. */
    public void switchTo(String code) {
        Language.fromCode(code).ifPresent(chosen -> language = chosen);
    }

    public String getOtherLanguage() {
        return language.other().code();
    }

    /** The other language's name in that language (an endonym: "English", "Svenska"). */
    public String getOtherLanguageName() {
        return language.other().endonym();
    }

    /** The address of the page being shown, in the other language. */
    public String getSwitchUrl() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        String other = getOtherLanguage();
        // An error page shows the address that failed; the servlet API keeps no query string for it.
        String errorUri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (errorUri != null) {
            return LanguageLinks.withLanguage(errorUri, null, other);
        }
        // A stable address such as /offering/42 is forwarded to its view; link to what the user sees.
        String forwardUri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardUri != null) {
            return LanguageLinks.withLanguage(forwardUri,
                    (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING), other);
        }
        // After a form post the address is the form's action and its body is not part of it.
        String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        return LanguageLinks.withLanguage(request.getRequestURI(), query, other);
    }
}

package se.larcentra.web.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Takes the user's choice of language from {@code ?lang=sv|en} on a page request and keeps it in
 * the session. A plain GET link therefore switches the language, stays on the same page and needs no
 * JavaScript; the API reads its own {@code lang} per request and is left alone.
 */
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isPageRequest(request)) {
            String lang = request.getParameter(LanguageLinks.PARAMETER);
            if (lang != null && Language.fromCode(lang).isPresent()) {
                localeBean.switchTo(lang);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isPageRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !path.startsWith("/api/")
                && !path.startsWith("/jakarta.faces.resource/")
                && request.getQueryString() != null;
    }
}

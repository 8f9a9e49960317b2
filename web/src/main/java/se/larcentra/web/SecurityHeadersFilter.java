package se.larcentra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers for the pages. The pages carry no inline script or style and load nothing from
 * elsewhere, so the Content-Security-Policy can forbid both outright; a page that one day needs a
 * PrimeFaces widget (whose set-up is an inline script) must switch to PrimeFaces' nonce-based policy
 * ({@code primefaces.CSP}) and drop this one, as two policies would both apply.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private final String hsts = TransportSecurity.hstsHeader().orElse(null);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (hsts != null) {
            response.setHeader("Strict-Transport-Security", hsts);
        }
        chain.doFilter(request, response);
    }
}

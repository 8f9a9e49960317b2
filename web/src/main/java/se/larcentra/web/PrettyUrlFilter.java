package se.larcentra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves the stable addresses of offerings and centres ({@code /offering/42}, {@code /centre/7}) by
 * forwarding to their views with the id as a parameter; the address in the browser stays as it is.
 * Anything that is not a plain numeric id is a 404.
 */
public class PrettyUrlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> target = PrettyUrls.viewFor(path);
        if (target.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(target.get()).forward(request, response);
    }
}

package io.github.icegateportal.shared.web;

import io.github.icegateportal.shared.field.ControlCharacters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Control characters ({@link ControlCharacters}) where no form object can show a message next to the field: in the
 * path or the query string the request gets the portal's "Bad request" page; in the user name of a login form (read
 * by Spring Security, not by a controller) the login page says what is wrong. Either way the value never reaches the
 * database, which on PostgreSQL refuses NUL with an error. Runs before Spring Security's filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ControlCharacterFilter extends OncePerRequestFilter {

    /** The login forms Spring Security processes, and where each sends a refused user name. */
    private static final Map<String, String> LOGIN_FORMS =
            Map.of("/login", "/login?error=characters", "/admin/login", "/admin/login?error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (inPathOrQuery(request)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String loginRefused = LOGIN_FORMS.get(path);
        if (loginRefused != null
                && "POST".equals(request.getMethod())
                && ControlCharacters.foundIn(request.getParameter("username"), false)) {
            response.sendRedirect(request.getContextPath() + loginRefused);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean inPathOrQuery(HttpServletRequest request) {
        if (ControlCharacters.foundIn(decoded(request.getRequestURI()), false)) {
            return true;
        }
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            // every parameter of a GET is in its query string; reading them here parses no body
            return request.getParameterMap().entrySet().stream()
                    .anyMatch(parameter -> ControlCharacters.foundIn(parameter.getKey(), false)
                            || Arrays.stream(parameter.getValue())
                                    .anyMatch(value -> ControlCharacters.foundIn(value, false)));
        }
        // UndecodableQueryFilter, before this one, has refused a query string that does not decode
        String query = request.getQueryString();
        return query != null
                && UndecodableQueryFilter.decoded(query)
                        .map(decoded -> ControlCharacters.foundIn(decoded, false))
                        .orElse(false);
    }

    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return path; // a broken escape in the path is the container's to refuse
        }
    }
}

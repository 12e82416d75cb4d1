package io.github.icegateportal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the servlet container forwards a failed request; typed in or posted to directly it has
 * no failure to show, and Spring Boot's error controller would call it a 500. Asked for directly it is a page that
 * does not exist: the portal's own "Page not found". Forwards to the error page are error dispatches, which this
 * filter does not see (and that carry the failed request's status, as tests that stand in for the container do).
 */
@Component
class ErrorAddressFilter extends OncePerRequestFilter {

    private static final String ERROR_PATH = "/error";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean errorPage = path.equals(ERROR_PATH) || path.startsWith(ERROR_PATH + "/");
        return !errorPage || request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}

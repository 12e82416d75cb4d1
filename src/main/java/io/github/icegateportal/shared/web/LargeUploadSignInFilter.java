package io.github.icegateportal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second half of {@link UploadLimitFilter}: a large upload to a {@link LargeUploads} form goes on only when the
 * person signed in in the session may send one (for the admin's import, a signed-in admin) and it is within the
 * servlet's multipart limit; otherwise the portal's 413 page, before the body is read. Runs after Spring Session (so
 * the session is the portal's) and before Spring Security's filters (at -100), whose CSRF check reads the body.
 */
@Component
@Order(LargeUploadSignInFilter.ORDER)
class LargeUploadSignInFilter extends OncePerRequestFilter {

    static final int ORDER = -101;

    private final long servletLimit;
    private final List<LargeUploads> largeUploads;

    LargeUploadSignInFilter(MultipartProperties multipart, List<LargeUploads> largeUploads) {
        this.servletLimit = multipart.getMaxRequestSize().toBytes();
        this.largeUploads = largeUploads;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getAttribute(UploadLimitFilter.LARGE) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = signedIn(request);
        boolean allowed = largeUploads.stream().anyMatch(form -> form.isFor(request) && form.allows(signedIn));
        if (!allowed || request.getContentLengthLong() > servletLimit) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Who is signed in, from the session as Spring Security keeps it (no session is made for this). */
    private static Authentication signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object context = session == null
                ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext securityContext ? securityContext.getAuthentication() : null;
    }
}

package io.github.icegateportal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than the form it is sent to takes, <em>before</em> its body is read: the servlet's
 * multipart limits ({@code spring.servlet.multipart.*}, 200 MB) are there for the admin's directory import only, and
 * the servlet container stores a multipart body up to them as soon as anything asks for a request parameter (the
 * control-character check of the login forms, Spring Security's CSRF check), even for a post that is then refused.
 *
 * <p>Every multipart request is held to {@code portal.uploads.max-request-size} (default 1 MB, above the largest KYC
 * document, so that a document somewhat over its own limit still reaches the form's message next to the field). The
 * size is the declared Content-Length; a multipart body sent in chunks, whose size is not declared, counts as over
 * the limit. A larger one goes on only to a form of a {@link LargeUploads}, where {@link LargeUploadSignInFilter}
 * then asks who is signed in. A refused upload gets the portal's own page (413); its body is never stored.
 *
 * <p>Runs first, before any filter that reads a parameter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

    /** Set on a large upload to a {@link LargeUploads} form, for {@link LargeUploadSignInFilter} to decide. */
    static final String LARGE = UploadLimitFilter.class.getName() + ".LARGE";

    private final long smallLimit;
    private final List<LargeUploads> largeUploads;

    UploadLimitFilter(
            @Value("${portal.uploads.max-request-size:1MB}") DataSize smallLimit, List<LargeUploads> largeUploads) {
        this.smallLimit = smallLimit.toBytes();
        this.largeUploads = largeUploads;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
        if (chunked || declared > smallLimit) {
            if (largeUploads.stream().noneMatch(form -> form.isFor(request))) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            request.setAttribute(LARGE, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}

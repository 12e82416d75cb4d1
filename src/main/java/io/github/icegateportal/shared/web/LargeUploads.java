package io.github.icegateportal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;

/**
 * A form that takes uploads larger than the portal's small limit, up to the servlet's multipart limits (the admin's
 * directory import). Both questions are asked before the request's body is read: first by address alone, then, once
 * the session is known, who may send one.
 */
public interface LargeUploads {

    /** Whether the request goes to this form (decided from its method and address alone). */
    boolean isFor(HttpServletRequest request);

    /**
     * @param signedIn who is signed in in the request's session, or null
     * @return whether that person may send a large upload to this form
     */
    boolean allows(Authentication signedIn);
}

package io.github.icegateportal.admin;

import io.github.icegateportal.shared.web.LargeUploads;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The directory import takes files of up to the servlet's multipart limit (200 MB), from a signed-in admin only. */
@Component
class DirectoryImportUploads implements LargeUploads {

    static final String PATH = "/admin/tools/imports";

    @Override
    public boolean isFor(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && (request.getContextPath() + PATH).equals(request.getRequestURI());
    }

    @Override
    public boolean allows(Authentication signedIn) {
        return AdminLoginSecurity.isAdmin(signedIn);
    }
}

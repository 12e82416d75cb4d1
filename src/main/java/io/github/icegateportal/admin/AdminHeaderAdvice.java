package io.github.icegateportal.admin;

import io.github.icegateportal.shared.security.PortalRoles;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@code signedInAdmin} (the name of the admin signed in, or null) in every page's model, so that the layout's
 * header shows it with Admin home and Sign out on every page, as it shows a signed-in exporter's ID. It reads the
 * security context only: an anonymous visitor's page still creates no session.
 */
@ControllerAdvice
class AdminHeaderAdvice {

    @ModelAttribute("signedInAdmin")
    String signedInAdmin(Principal principal) {
        return principal instanceof Authentication authentication
                        && PortalRoles.holds(authentication, PortalRoles.ADMIN)
                ? authentication.getName()
                : null;
    }
}

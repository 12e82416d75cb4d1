package io.github.icegateportal.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@code signedInId} (the ICEGATE ID of the exporter signed in, or null) in every page's model, so that the
 * layout's header shows who is signed in. It reads the security context only: an anonymous visitor's page still
 * creates no session.
 */
@ControllerAdvice
class AccountModelAdvice {

    @ModelAttribute("signedInId")
    String signedInId(@AuthenticationPrincipal PortalUser user) {
        return user == null ? null : user.icegateId();
    }

    /** The signed-in person's home (their kind's: dashboard or office), which the header links to. */
    @ModelAttribute("signedInHome")
    String signedInHome(@AuthenticationPrincipal PortalUser user) {
        return user == null ? null : user.home();
    }
}

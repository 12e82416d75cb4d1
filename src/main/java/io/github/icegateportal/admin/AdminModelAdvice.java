package io.github.icegateportal.admin;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every admin page's menu shows: the signed-in admin's name. */
@ControllerAdvice(basePackageClasses = AdminModelAdvice.class)
class AdminModelAdvice {

    @ModelAttribute("adminName")
    String adminName(Principal principal) {
        return principal == null ? "" : principal.getName();
    }
}

package io.github.icegateportal.admin;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admins' own login page ("Login as Admin"); the form posts to Spring Security at the same address. */
@Controller
class AdminLoginController {

    @GetMapping("/admin/login")
    String initLoginForm(Authentication authentication) {
        if (AdminLoginSecurity.isAdmin(authentication)) {
            return "redirect:/admin";
        }
        return "admin/login";
    }
}

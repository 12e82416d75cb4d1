package io.github.icegateportal.admin;

import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admins' own login page ("Login as Admin"); the form posts to Spring Security at the same address. The seconds to
 * wait after too many attempts come in the address ({@code ?rate=}); only a number is shown, so a link someone wrote
 * cannot put its own words on the page. The minutes a locked-out name waits ({@code ?locked=}) likewise.
 */
@Controller
class AdminLoginController {

    private static final Pattern SECONDS = Pattern.compile("\\d{1,5}");

    @GetMapping("/admin/login")
    String initLoginForm(
            @RequestParam(required = false) String rate,
            @RequestParam(required = false) String locked,
            @RequestParam(required = false) String username,
            Authentication authentication,
            Model model) {
        if (AdminLoginSecurity.isAdmin(authentication)) {
            return "redirect:/admin";
        }
        if (rate != null && SECONDS.matcher(rate).matches()) {
            model.addAttribute("rateSeconds", rate);
        }
        if (locked != null && SECONDS.matcher(locked).matches()) {
            model.addAttribute("lockedMinutes", locked);
        }
        if (username != null && username.matches(AdminAccounts.USERNAME_PATTERN)) {
            model.addAttribute("keptUsername", username);
        }
        return "admin/login";
    }
}

package io.github.icegateportal.account;

import io.github.icegateportal.shared.web.Show;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security's form login processes its POST (see {@link AccountSecurity}). */
@Controller
class LoginController {

    private static final Pattern EPOCH_SECOND = Pattern.compile("\\d{1,12}");
    private static final Set<String> ERRORS = Set.of(
            "bad", "captcha", "rate", "locked", "inactive", "account-locked", "disabled", "otp-again", "characters");
    private static final Set<String> IEC_STATUSES = Set.of("SUSPENDED", "CANCELLED", "SURRENDERED");

    /** The longest name the form gets back after a failed login: longer than any ID or IEC, short for an address. */
    static final int KEPT_USERNAME_LENGTH = 64;

    private final LoginChecks checks;
    private final LoginProperties properties;

    private final Show show;

    LoginController(LoginChecks checks, LoginProperties properties, Show show) {
        this.checks = checks;
        this.properties = properties;
        this.show = show;
    }

    /** The name typed, as the login page gives it back: stripped, and cut to {@link #KEPT_USERNAME_LENGTH}. */
    static String keptUsername(String username) {
        String name = username == null ? "" : username.strip();
        return name.length() > KEPT_USERNAME_LENGTH ? name.substring(0, KEPT_USERNAME_LENGTH) : name;
    }

    record LoginForm(String username, String password, String captcha, String captchaId) {}

    @GetMapping("/login")
    String initLoginForm(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String until,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String left,
            Authentication authentication,
            Model model) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return "redirect:" + user.home();
        }
        model.addAttribute("loginForm", new LoginForm(keptUsername(username), "", "", ""));
        if ("iec".equals(error) && status != null && IEC_STATUSES.contains(status)) {
            model.addAttribute("loginError", "account.login.error.iec." + status);
        } else if (error != null && ERRORS.contains(error)) {
            boolean timed = "locked".equals(error) || "rate".equals(error);
            if (!timed || (until != null && EPOCH_SECOND.matcher(until).matches())) {
                model.addAttribute("loginError", "account.login.error." + error);
                model.addAttribute("until", timed ? show.time(Instant.ofEpochSecond(Long.parseLong(until))) : null);
            } else {
                model.addAttribute("loginError", "account.login.error.bad");
            }
        } else if (error != null) {
            model.addAttribute("loginError", "account.login.error.bad");
        }
        // The same for a known and an unknown name, which lock out alike: it tells nothing about which names exist.
        if ("bad".equals(error) && "1".equals(left)) {
            model.addAttribute("lockoutMinutes", properties.lockout().toMinutes());
        }
        checks.addCaptcha(model);
        return "account/login";
    }
}

package io.github.icegateportal.account;

import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.otp.OtpFieldErrors;
import io.github.icegateportal.shared.field.EmailOtp;
import io.github.icegateportal.shared.field.MobileOtp;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The OTP step of a login: the password was right, and the codes sent to the registered mobile and email complete
 * the login. Only then is the security context put into a (new) session.
 */
@Controller
class LoginOtpController {

    private final AccountOtps otps;
    private final LoginService login;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LoginOtpController(AccountOtps otps, LoginService login) {
        this.otps = otps;
        this.login = login;
    }

    record OtpForm(
            UUID challenge,

            @MobileOtp String mobileOtp,

            @EmailOtp String emailOtp) {}

    @GetMapping("/login/otp")
    String initOtpForm(@RequestParam(required = false) UUID challenge, Model model) {
        var found = challenge == null ? null : otps.loginChallenge(challenge).orElse(null);
        if (found == null) {
            return "redirect:/login?error=otp-again";
        }
        model.addAttribute("otpForm", new OtpForm(challenge, "", ""));
        return otpPage(found.accountId(), model);
    }

    @PostMapping("/login/otp")
    String processOtpForm(
            @Valid @ModelAttribute("otpForm") OtpForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var challenge = form.challenge() == null
                ? null
                : otps.loginChallenge(form.challenge()).orElse(null);
        if (challenge == null) {
            return "redirect:/login?error=otp-again";
        }
        if (result.hasErrors()) {
            return otpPage(challenge.accountId(), model);
        }
        OtpCheck check = otps.verifyLogin(
                challenge.id(), form.mobileOtp().strip(), form.emailOtp().strip());
        if (check.mustStartAgain()) {
            return "redirect:/login?error=otp-again";
        }
        if (!check.bothMatch()) {
            OtpFieldErrors.reject(check, result);
            return otpPage(challenge.accountId(), model);
        }
        PortalUser user = login.complete(challenge.accountId(), null, request.getRemoteAddr(), true);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, login.authoritiesOf(user));
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        new CookieCsrfTokenRepository().saveToken(null, request, response);
        return "redirect:" + user.home();
    }

    /** The page of the step, with where its codes went for the demo outbox's link. */
    private String otpPage(long accountId, Model model) {
        otps.registeredContacts(accountId)
                .ifPresent(sentTo -> model.addAttribute(AccountOtps.SentTo.ATTRIBUTE, sentTo));
        return "account/login-otp";
    }
}

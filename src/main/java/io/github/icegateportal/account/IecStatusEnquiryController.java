package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Public enquiry: is this IEC registered on ICEGATE, and by which route. Nothing else (no contacts, no ICEGATE ID).
 * The answer is shown in reply to the POST, not behind a redirect, so that it always costs a captcha.
 */
@Controller
class IecStatusEnquiryController {

    private final AccountRepository accounts;
    private final LoginService login;
    private final LoginChecks checks;

    IecStatusEnquiryController(AccountRepository accounts, LoginService login, LoginChecks checks) {
        this.accounts = accounts;
        this.login = login;
        this.checks = checks;
    }

    record EnquiryForm(String iec, String captcha, String captchaId) {}

    @GetMapping("/enquiry/iec-status")
    String initEnquiryForm(Model model) {
        model.addAttribute("enquiryForm", new EnquiryForm("", "", ""));
        checks.addCaptcha(model);
        return "account/iec-status";
    }

    @PostMapping("/enquiry/iec-status")
    String processEnquiryForm(
            @Valid @ModelAttribute EnquiryForm form, BindingResult result, HttpServletRequest request, Model model) {
        try {
            login.requireWithinRateLimit("iec-status", request.getRemoteAddr());
        } catch (LoginRefusedException ex) {
            result.reject("account.enquiry.rate");
        }
        Iec iec = null;
        if (!result.hasErrors()) {
            try {
                iec = Iec.of(form.iec());
                iec.requireRegistrable();
            } catch (InvalidFieldException ex) {
                result.rejectValue("iec", ex.messageKey(), ex.arguments(), null);
            }
        }
        if (!result.hasErrors()) {
            checks.validateCaptcha(form.captchaId(), form.captcha(), result);
        }
        if (!result.hasErrors()) {
            model.addAttribute("enquiredIec", iec.value());
            model.addAttribute(
                    "registeredRoute",
                    accounts.findByIec(iec.value())
                            .filter(account -> account.status() != AccountStatus.PENDING_ACTIVATION)
                            .map(account -> account.route().name())
                            .orElse(null));
            model.addAttribute("enquiryForm", new EnquiryForm("", "", ""));
        }
        checks.addCaptcha(model);
        return "account/iec-status";
    }
}

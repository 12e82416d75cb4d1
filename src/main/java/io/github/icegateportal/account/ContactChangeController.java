package io.github.icegateportal.account;

import io.github.icegateportal.account.AccountOtps.Purpose;
import io.github.icegateportal.account.ContactChanges.PendingChange;
import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.otp.OtpFieldErrors;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.EmailOtp;
import io.github.icegateportal.shared.field.InvalidFieldException;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.MobileOtp;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import io.github.icegateportal.shared.web.Show;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Updating the registered email or mobile: the OTP for the changed channel goes to the new contact, the other OTP
 * to the registered contact of the other channel (so both the new contact and the holder's other contact are
 * proved), and a notice goes to the old contact once the change is made.
 */
@Controller
class ContactChangeController {

    private final AccountRepository accounts;
    private final AccountOtps otps;
    private final ContactChanges changes;
    private final RateLimits rateLimits;
    private final Show show;
    private final Clock clock;

    ContactChangeController(
            AccountRepository accounts,
            AccountOtps otps,
            ContactChanges changes,
            RateLimits rateLimits,
            Show show,
            Clock clock) {
        this.accounts = accounts;
        this.otps = otps;
        this.changes = changes;
        this.rateLimits = rateLimits;
        this.show = show;
        this.clock = clock;
    }

    record ContactForm(String email, String mobile) {}

    record VerifyForm(
            UUID change,
            @MobileOtp String mobileOtp,
            @EmailOtp String emailOtp) {}

    @GetMapping("/account/{channel:email|mobile}")
    String initContactForm(@PathVariable String channel, @AuthenticationPrincipal PortalUser user, Model model) {
        Account account = accounts.findByIcegateIdKey(user.icegateIdKey()).orElseThrow();
        model.addAttribute("contactForm", new ContactForm("", ""));
        return contactPage(channel, account, model);
    }

    @PostMapping("/account/{channel:email|mobile}")
    String processContactForm(
            @PathVariable String channel,
            @AuthenticationPrincipal PortalUser user,
            @ModelAttribute ContactForm form,
            BindingResult result,
            Model model) {
        Account account = accounts.findByIcegateIdKey(user.icegateIdKey()).orElseThrow();
        Purpose purpose = purpose(channel);
        String newValue;
        try {
            if (purpose == Purpose.EMAIL) {
                EmailAddress email = EmailAddress.of(form.email());
                if (email.equals(account.email())) {
                    result.rejectValue("email", "account.contact.same");
                }
                newValue = email.value();
            } else {
                MobileNumber mobile = MobileNumber.of(form.mobile());
                if (mobile.equals(account.mobile())) {
                    result.rejectValue("mobile", "account.contact.same");
                }
                newValue = mobile.value();
            }
        } catch (InvalidFieldException ex) {
            result.rejectValue(channel, ex.messageKey(), ex.arguments(), null);
            newValue = null;
        }
        if (!result.hasErrors()) {
            var wait = rateLimits.tryConsume(RateLimit.CONTACT_CHANGE, account.icegateIdKey());
            if (wait.isPresent()) {
                String until = show.time(clock.instant().plus(wait.get()).plusSeconds(59));
                result.rejectValue(channel, "account.contact.rate", new Object[] {until}, null);
            }
        }
        if (result.hasErrors()) {
            return contactPage(channel, account, model);
        }
        UUID id = changes.open(account, purpose, newValue);
        return "redirect:/account/" + channel + "/verify?change=" + id;
    }

    @GetMapping("/account/{channel:email|mobile}/verify")
    String initVerifyForm(
            @PathVariable String channel,
            @RequestParam(required = false) UUID change,
            @AuthenticationPrincipal PortalUser user,
            Model model) {
        PendingChange pending = pending(change, user, purpose(channel));
        if (pending == null) {
            return "redirect:/account/" + channel + "?again";
        }
        model.addAttribute("verifyForm", new VerifyForm(change, "", ""));
        return verifyPage(channel, pending, model);
    }

    @PostMapping("/account/{channel:email|mobile}/verify")
    String processVerifyForm(
            @PathVariable String channel,
            @AuthenticationPrincipal PortalUser user,
            @Valid @ModelAttribute VerifyForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        PendingChange pending = pending(form.change(), user, purpose(channel));
        if (pending == null) {
            return "redirect:/account/" + channel + "?again";
        }
        if (result.hasErrors()) {
            return verifyPage(channel, pending, model);
        }
        OtpCheck check = changes.verify(
                pending, form.mobileOtp().strip(), form.emailOtp().strip(), request.getRemoteAddr());
        if (check.mustStartAgain()) {
            return "redirect:/account/" + channel + "?again";
        }
        if (!check.bothMatch()) {
            OtpFieldErrors.reject(check, result);
            return verifyPage(channel, pending, model);
        }
        return "redirect:/account/" + channel + "?changed";
    }

    private PendingChange pending(UUID id, PortalUser user, Purpose channel) {
        Account account = accounts.findByIcegateIdKey(user.icegateIdKey()).orElseThrow();
        return changes.pending(id, account.id(), channel).orElse(null);
    }

    private String contactPage(String channel, Account account, Model model) {
        model.addAttribute("channel", purpose(channel).name());
        model.addAttribute("path", channel);
        model.addAttribute(
                "current",
                purpose(channel) == Purpose.EMAIL
                        ? account.email().masked()
                        : account.mobile().masked());
        return "account/contact";
    }

    private String verifyPage(String channel, PendingChange pending, Model model) {
        model.addAttribute("channel", pending.channel().name());
        model.addAttribute("path", channel);
        model.addAttribute(
                "newContact",
                pending.channel() == Purpose.EMAIL
                        ? EmailAddress.of(pending.newValue()).masked()
                        : MobileNumber.of(pending.newValue()).masked());
        otps.registeredContacts(pending.accountId())
                .map(registered -> pending.channel() == Purpose.EMAIL
                        ? new AccountOtps.SentTo(pending.newValue(), registered.mobile())
                        : new AccountOtps.SentTo(registered.email(), pending.newValue()))
                .ifPresent(sentTo -> model.addAttribute(AccountOtps.SentTo.ATTRIBUTE, sentTo));
        return "account/contact-verify";
    }

    private static Purpose purpose(String channel) {
        return Purpose.valueOf(channel.toUpperCase(Locale.ROOT));
    }
}

package io.github.icegateportal.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** An issuing office's home after login ({@code /office}, offices only): who it is and who signs for it. */
@Controller
class OfficeHomeController {

    private final IssuingOffices offices;

    OfficeHomeController(IssuingOffices offices) {
        this.offices = offices;
    }

    @GetMapping("/office")
    String showOfficeHome(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute(
                "office",
                offices.byIcegateId(new io.github.icegateportal.shared.field.IcegateId(user.icegateId()))
                        .orElseThrow());
        return "office/home";
    }
}

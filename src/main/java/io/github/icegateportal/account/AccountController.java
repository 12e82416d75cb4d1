package io.github.icegateportal.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The account's own page at {@code /account}: contacts, password, OTP at login, and what the account may do. */
@Controller
class AccountController {

    private final AccountOverviews overviews;

    AccountController(AccountOverviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/account")
    String showAccount(@AuthenticationPrincipal PortalUser user, Authentication authentication, Model model) {
        var overview = overviews.of(user, DashboardController.mayFile(authentication));
        model.addAttribute("overview", overview);
        model.addAttribute("account", overview.account());
        model.addAttribute("mayFile", overview.mayFile());
        model.addAttribute("iecNotActive", overview.iecNotActive());
        model.addAttribute("services", DashboardController.FILING_SERVICES);
        return "account/account";
    }
}

package io.github.icegateportal.account;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard after login, and the filing services that only an account with the filing right may use. */
@Controller
class DashboardController {

    /** The filing services, in the order the dashboard and {@code /filing} list them. */
    static final List<String> FILING_SERVICES =
            List.of("shippingBill", "billOfEntry", "eSanchit", "queries", "refunds");

    private final AccountRepository accounts;
    private final LoginChecks checks;
    private final AccountOverviews overviews;

    DashboardController(AccountRepository accounts, LoginChecks checks, AccountOverviews overviews) {
        this.accounts = accounts;
        this.checks = checks;
        this.overviews = overviews;
    }

    @GetMapping("/dashboard")
    String showDashboard(@AuthenticationPrincipal PortalUser user, Authentication authentication, Model model) {
        var overview = overviews.of(user, mayFile(authentication));
        model.addAttribute("account", overview.account());
        model.addAttribute("maskedEmail", overview.maskedEmail());
        model.addAttribute("maskedMobile", overview.maskedMobile());
        model.addAttribute("mayFile", overview.mayFile());
        model.addAttribute("iecNotActive", overview.iecNotActive());
        model.addAttribute("loginOtp", overview.loginOtp());
        model.addAttribute("services", FILING_SERVICES);
        return "account/dashboard";
    }

    @GetMapping("/filing")
    String showFilingServices(
            @AuthenticationPrincipal PortalUser user,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        Account account = accounts.findByIcegateIdKey(user.icegateIdKey()).orElseThrow();
        Optional<String> iecNotActive = checks.iecNotActive(account.iec());
        model.addAttribute("account", account.view());
        model.addAttribute("services", FILING_SERVICES);
        if (!mayFile(authentication) || iecNotActive.isPresent()) {
            model.addAttribute("iecNotActive", iecNotActive.orElse(null));
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "account/filing-refused";
        }
        return "account/filing";
    }

    static boolean mayFile(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> LoginService.FILE_CUSTOMS_DOCUMENTS.equals(authority.getAuthority()));
    }
}

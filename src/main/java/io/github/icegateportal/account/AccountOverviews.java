package io.github.icegateportal.account;

import org.springframework.stereotype.Service;

/** What the dashboard and the account page show of the signed-in person's account, read in one place. */
@Service
class AccountOverviews {

    /**
     * One account as its owner sees it.
     *
     * @param mayFile whether filing is open now: the right to file, and the IEC active at DGFT
     * @param iecNotActive the IEC's status at DGFT when it is not active, else null
     * @param alwaysOtp whether the portal asks every login for OTPs, whatever the account's setting
     */
    record AccountOverview(
            AccountView account,
            String maskedEmail,
            String maskedMobile,
            boolean loginOtp,
            boolean alwaysOtp,
            boolean mayFile,
            String iecNotActive) {}

    private final AccountRepository accounts;
    private final LoginChecks checks;
    private final LoginProperties properties;

    AccountOverviews(AccountRepository accounts, LoginChecks checks, LoginProperties properties) {
        this.accounts = accounts;
        this.checks = checks;
        this.properties = properties;
    }

    /**
     * @param filingRight whether the session holds the right to file (granted at login, see {@link LoginService})
     */
    AccountOverview of(PortalUser user, boolean filingRight) {
        return of(user.icegateIdKey(), filingRight);
    }

    /** The same, by the upper-cased ICEGATE ID (an API token's subject). */
    AccountOverview of(String icegateIdKey, boolean filingRight) {
        Account account = accounts.findByIcegateIdKey(icegateIdKey).orElseThrow();
        String iecNotActive = checks.iecNotActive(account.iec()).orElse(null);
        return new AccountOverview(
                account.view(),
                account.email().masked(),
                account.mobile().masked(),
                account.loginOtp(),
                properties.otp() == LoginProperties.OtpMode.ALWAYS,
                filingRight && iecNotActive == null,
                iecNotActive);
    }
}

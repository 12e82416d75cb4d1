package io.github.icegateportal.account;

import io.github.icegateportal.shared.api.PortalApi;
import io.github.icegateportal.shared.field.EmailOtp;
import io.github.icegateportal.shared.field.MobileOtp;
import io.github.icegateportal.shared.security.ApiKeys;
import io.github.icegateportal.shared.security.ApiTokens.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** The account's part of the JSON API: a login that ends in a bearer token, and the account's own data. */
@PortalApi
@RequestMapping("/api/v1")
@Tag(name = "Account", description = "Login to a bearer token, and the signed-in account's own data")
class AccountApiController {

    private final ApiLogins logins;
    private final AccountOverviews overviews;
    private final ApiKeys apiKeys;

    AccountApiController(ApiLogins logins, AccountOverviews overviews, ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
        this.logins = logins;
        this.overviews = overviews;
    }

    /**
     * What the login page takes. The captcha (from {@code GET /captcha/new.json}) is needed while the portal's captcha
     * is switched on, as on the page, unless the request carries an API key of scope registration ({@code X-Api-Key}).
     */
    record TokenRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 64) String password,
            String captchaId,
            String captcha) {}

    /** The OTP step of a login whose account asks for one: the challenge from the first answer and both codes. */
    record OtpTokenRequest(
            @NotNull UUID challenge,

            @MobileOtp String mobileOtp,

            @EmailOtp String emailOtp) {}

    @PostMapping("/tokens")
    @SecurityRequirements
    @Operation(
            operationId = "login",
            summary = "Log in with ICEGATE ID (or IEC) and password",
            description = "Answers a bearer token valid for expiresIn seconds. An account that asks for an OTP at login"
                    + " gets 401 with code otp-required and a challenge: the codes went to its registered mobile and"
                    + " email; finish with POST /api/v1/tokens/otp.")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(
            responseCode = "400",
            description = "A field is missing or the captcha is wrong (code invalid or captcha)")
    @ApiResponse(
            responseCode = "401",
            description = "Wrong ID or password (code bad-credentials, with triesLeft), or"
                    + " the OTP step comes next (code otp-required, with challenge)")
    @ApiResponse(
            responseCode = "403",
            description = "Account not activated, locked or disabled, or the IEC is not active")
    @ApiResponse(responseCode = "429", description = "Locked out or rate limited; Retry-After says when to try again")
    IssuedToken token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        return logins.withPassword(
                body.username(),
                body.password(),
                body.captchaId(),
                body.captcha(),
                request.getRemoteAddr(),
                apiKeys.allows(request, ApiKeys.REGISTRATION));
    }

    @PostMapping("/tokens/otp")
    @SecurityRequirements
    @Operation(
            operationId = "loginWithOtp",
            summary = "Finish a login with the OTPs sent to the registered mobile and email")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(responseCode = "400", description = "A code is missing, malformed or not correct (errors per field)")
    @ApiResponse(
            responseCode = "401",
            description = "The challenge expired or its tries are used up: log in again" + " (code otp-again)")
    IssuedToken tokenWithOtp(@Valid @RequestBody OtpTokenRequest body, HttpServletRequest request) {
        return logins.withOtp(body.challenge(), body.mobileOtp(), body.emailOtp(), request.getRemoteAddr());
    }

    @GetMapping("/account")
    @Operation(
            operationId = "account",
            summary = "The signed-in account: ICEGATE ID, IEC, firm, route, status, contacts, filing right")
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    AccountResource account(@AuthenticationPrincipal Jwt token) {
        boolean filingRight = token.getClaimAsStringList("roles").contains(LoginService.FILE_CUSTOMS_DOCUMENTS);
        return AccountResource.of(overviews.of(token.getSubject(), filingRight));
    }

    /**
     * The account as its owner sees it on the account page (contacts in full: the token is the owner's).
     *
     * @param mayFile whether filing is open now: the right to file, and the IEC active at DGFT
     * @param iecNotActive the IEC's status at DGFT when it is not active, else null
     */
    record AccountResource(
            String icegateId,
            String iec,
            String firmName,
            AccountRoute route,
            AccountStatus status,
            String email,
            String mobile,
            boolean loginOtp,
            boolean mayFile,
            String iecNotActive) {

        static AccountResource of(AccountOverviews.AccountOverview overview) {
            AccountView account = overview.account();
            return new AccountResource(
                    account.icegateId().value(),
                    account.iec().value(),
                    account.firmName(),
                    account.route(),
                    account.status(),
                    account.email().value(),
                    account.mobile().value(),
                    overview.loginOtp() || overview.alwaysOtp(),
                    overview.mayFile(),
                    overview.iecNotActive());
        }
    }
}

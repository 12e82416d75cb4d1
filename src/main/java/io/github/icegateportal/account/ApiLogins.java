package io.github.icegateportal.account;

import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.otp.OtpFieldErrors;
import io.github.icegateportal.shared.api.ApiRefusedException;
import io.github.icegateportal.shared.security.ApiTokens;
import io.github.icegateportal.shared.security.ApiTokens.IssuedToken;
import io.github.icegateportal.shared.web.Show;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * Logins of API clients: the page login's own checks ({@link LoginService}: rate limit, captcha, lock-out, password,
 * the account's and the IEC's state, the OTP step), ending in a bearer token instead of a session. A refusal carries
 * the message the login page would show.
 */
@Service
class ApiLogins {

    private final LoginService login;
    private final AccountOtps otps;
    private final ApiTokens tokens;
    private final Show show;
    private final Clock clock;

    ApiLogins(LoginService login, AccountOtps otps, ApiTokens tokens, Show show, Clock clock) {
        this.login = login;
        this.otps = otps;
        this.tokens = tokens;
        this.show = show;
        this.clock = clock;
    }

    /**
     * @param apiKey whether the request carries an API key of scope registration, which stands for the captcha
     */
    IssuedToken withPassword(
            String username, String password, String captchaId, String captcha, String remoteAddress, boolean apiKey) {
        var details =
                apiKey ? LoginDetails.withApiKey(remoteAddress) : new LoginDetails(remoteAddress, captchaId, captcha);
        try {
            return tokenFor(login.authenticate(username, password, details));
        } catch (LoginRefusedException refused) {
            throw problem(refused);
        }
    }

    IssuedToken withOtp(UUID challengeId, String mobileOtp, String emailOtp, String remoteAddress) {
        var challenge =
                challengeId == null ? null : otps.loginChallenge(challengeId).orElse(null);
        if (challenge == null) {
            throw otpAgain();
        }
        OtpCheck check = otps.verifyLogin(challenge.id(), mobileOtp.strip(), emailOtp.strip());
        if (check.mustStartAgain()) {
            throw otpAgain();
        }
        if (!check.bothMatch()) {
            // The OTP pages' own wording, per code.
            var errors = new MapBindingResult(new HashMap<>(), "otp");
            OtpFieldErrors.reject(check, errors);
            var refused = ApiRefusedException.of(HttpStatus.BAD_REQUEST, "otp-wrong", "api.problem.invalid");
            for (FieldError error : errors.getFieldErrors()) {
                refused = refused.field(error.getField(), error.getCode());
            }
            throw refused;
        }
        return tokenFor(login.complete(challenge.accountId(), null, remoteAddress, true));
    }

    private IssuedToken tokenFor(PortalUser user) {
        return tokens.issue(
                user.icegateIdKey(),
                login.authoritiesOf(user).stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList());
    }

    private static ApiRefusedException otpAgain() {
        return ApiRefusedException.of(HttpStatus.UNAUTHORIZED, "otp-again", "account.login.error.otp-again");
    }

    /** The login page's message for each reason, with the status an API client expects. */
    private ApiRefusedException problem(LoginRefusedException refused) {
        String key = "account.login.error." + refused.reason().code();
        return switch (refused.reason()) {
            case BAD_CREDENTIALS -> {
                var problem = ApiRefusedException.of(HttpStatus.UNAUTHORIZED, "bad-credentials", key);
                yield refused.triesLeft() >= 0 ? problem.with("triesLeft", refused.triesLeft()) : problem;
            }
            case CAPTCHA ->
                ApiRefusedException.of(HttpStatus.BAD_REQUEST, "captcha", key)
                        .field("captcha", "account.login.error.captcha");
            case RATE_LIMITED, LOCKED_OUT -> {
                String until = show.time(refused.retryAt().plusSeconds(59));
                Duration wait = Duration.between(clock.instant(), refused.retryAt());
                yield ApiRefusedException.of(
                                HttpStatus.TOO_MANY_REQUESTS,
                                refused.reason() == LoginRefusedException.Reason.LOCKED_OUT
                                        ? "locked-out"
                                        : "rate-limited",
                                key,
                                until)
                        .retryAfter(wait.isNegative() ? Duration.ofSeconds(1) : wait);
            }
            case IEC_NOT_ACTIVE ->
                ApiRefusedException.of(
                        HttpStatus.FORBIDDEN, "iec-not-active", "account.login.error.iec." + refused.detail());
            case PENDING_ACTIVATION -> ApiRefusedException.of(HttpStatus.FORBIDDEN, "not-activated", key);
            case ACCOUNT_LOCKED -> ApiRefusedException.of(HttpStatus.FORBIDDEN, "account-locked", key);
            case DISABLED -> ApiRefusedException.of(HttpStatus.FORBIDDEN, "disabled", key);
            case OTP_REQUIRED ->
                ApiRefusedException.of(HttpStatus.UNAUTHORIZED, "otp-required", "api.problem.otpRequired")
                        .with("challenge", refused.challenge());
        };
    }
}

package io.github.icegateportal.admin;

import io.github.icegateportal.shared.api.ApiRefusedException;
import io.github.icegateportal.shared.security.ApiTokens;
import io.github.icegateportal.shared.security.ApiTokens.IssuedToken;
import io.github.icegateportal.shared.security.LoginLockout;
import io.github.icegateportal.shared.security.PortalRoles;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Admins' logins through the API, with the admin login page's rules: the per-address rate limit, the lock-out per
 * name counted in the database before any hash, one answer for every refusal (unknown name, wrong password,
 * disabled), and an admin whose password must be changed first is sent to the page to change it. Each login and
 * refusal is in the audit log as on the page.
 */
@Service
class AdminApiLogins {

    private final AdminAccounts accounts;
    private final AdminPasswords passwords;
    private final RateLimits rateLimits;
    private final LoginLockout lockout;
    private final ApiTokens tokens;
    private final Clock clock;
    private final String dummyHash;

    AdminApiLogins(
            AdminAccounts accounts,
            AdminPasswords passwords,
            RateLimits rateLimits,
            LoginLockout lockout,
            ApiTokens tokens,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.rateLimits = rateLimits;
        this.lockout = lockout;
        this.tokens = tokens;
        this.clock = clock;
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.dummyHash = passwords.encode(HexFormat.of().formatHex(random));
    }

    IssuedToken token(String username, String password, String remoteAddress) {
        Optional<Duration> wait = rateLimits.tryConsume(RateLimit.ADMIN_LOGIN, remoteAddress);
        if (wait.isPresent()) {
            throw ApiRefusedException.of(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "rate-limited",
                            "admin.login.rateLimited",
                            wait.get().toSeconds())
                    .retryAfter(wait.get());
        }
        String key = AdminLoginSecurity.lockoutKey(username);
        var attempt = lockout.reserve(key, AdminLoginSecurity.MAX_FAILURES, AdminLoginSecurity.LOCKOUT);
        if (attempt.refused()) {
            accounts.loginFailed(username, remoteAddress);
            Duration left = Duration.between(clock.instant(), attempt.lockedUntil());
            throw ApiRefusedException.of(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "locked-out",
                            "admin.login.locked",
                            Math.max(1, (left.toSeconds() + 59) / 60))
                    .retryAfter(left);
        }
        var admin = accounts.find(username);
        String hash = admin.map(AdminUser::passwordHash).orElse(dummyHash);
        boolean matches = passwords.encoder().matches(password, hash);
        if (admin.isEmpty() || !matches || !admin.get().enabled()) {
            accounts.loginFailed(username, remoteAddress);
            throw ApiRefusedException.of(HttpStatus.UNAUTHORIZED, "bad-credentials", "admin.login.refused");
        }
        lockout.clear(key);
        if (admin.get().mustChangePassword()) {
            throw ApiRefusedException.of(
                    HttpStatus.FORBIDDEN, "password-change-required", "api.problem.adminPasswordChange");
        }
        accounts.loggedIn(admin.get().username(), remoteAddress);
        return tokens.issue(PortalRoles.ADMIN_SESSION_PREFIX + admin.get().username(), List.of(PortalRoles.ADMIN));
    }

    /**
     * The name of the admin a token names, while their account is enabled: a disabled admin's tokens stop at once.
     *
     * @throws ApiRefusedException 401 otherwise
     */
    String requireAdmin(org.springframework.security.oauth2.jwt.Jwt token) {
        return enabledAdmin(token.getSubject())
                .orElseThrow(() ->
                        ApiRefusedException.of(HttpStatus.UNAUTHORIZED, "unauthorized", "api.problem.unauthorized"));
    }

    /** The admin a token names, while their account is enabled: a disabled admin's tokens stop at once. */
    Optional<String> enabledAdmin(String subject) {
        if (subject == null || !subject.startsWith(PortalRoles.ADMIN_SESSION_PREFIX)) {
            return Optional.empty();
        }
        return accounts.find(subject.substring(PortalRoles.ADMIN_SESSION_PREFIX.length()))
                .filter(AdminUser::enabled)
                .map(AdminUser::username);
    }
}

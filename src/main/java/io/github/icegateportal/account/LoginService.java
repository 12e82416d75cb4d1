package io.github.icegateportal.account;

import io.github.icegateportal.account.LoginRefusedException.Reason;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.InvalidFieldException;
import io.github.icegateportal.shared.security.LoginLockout;
import io.github.icegateportal.shared.security.PortalRoles;
import io.github.icegateportal.shared.web.RateLimits;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides a login: rate limit per client address, captcha, lock-out (the attempt counted before the hash), password, then the account's state and its
 * IEC's standing at DGFT, then the OTP step where one is asked for.
 *
 * <p>An unknown ID or IEC gets the same answer as a wrong password, costs a password hash like a known one (a
 * dummy hash is checked) and locks out alike, so nothing tells whether an ID exists. The hash runs outside any
 * transaction, so a queue of logins waiting for a hashing permit holds no database connection.
 */
@Service
class LoginService {

    static final String FILE_CUSTOMS_DOCUMENTS = "FILE_CUSTOMS_DOCUMENTS";
    static final String EXPORTER = PortalRoles.EXPORTER;

    private static final Pattern IEC_SHAPED = Pattern.compile("[A-Za-z0-9]{10}");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginLockout lockout;
    private final RateLimits rateLimits;
    private final LoginProperties properties;
    private final LoginChecks checks;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String dummyHash;

    LoginService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            LoginLockout lockout,
            RateLimits rateLimits,
            LoginProperties properties,
            LoginChecks checks,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.lockout = lockout;
        this.rateLimits = rateLimits;
        this.properties = properties;
        this.checks = checks;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.dummyHash = passwordEncoder.encode(HexFormat.of().formatHex(random));
    }

    /**
     * Checks a login attempt.
     *
     * @return the person, when the login is complete
     * @throws LoginRefusedException with the reason otherwise (also when the OTP step comes next)
     */
    PortalUser authenticate(String username, String password, LoginDetails details) {
        requireWithinRateLimit("login", details.remoteAddress());
        if (!details.captchaWaived() && !checks.captchaPasses(details.captchaId(), details.captcha())) {
            throw LoginRefusedException.because(Reason.CAPTCHA);
        }
        Optional<Account> found = find(username);
        String key = found.map(account -> "account:" + account.icegateIdKey())
                .orElseGet(() -> "name:" + normalise(username));
        String who = found.map(account -> account.icegateId().value()).orElseGet(() -> normalise(username));
        // The attempt is counted before the hash, in the database: however many arrive at once, on any instance, at
        // most max-failures of them are checked within the lock-out period.
        LoginLockout.Attempt attempt = lockout.reserve(key, properties.maxFailures(), properties.lockout());
        if (attempt.refused()) {
            refuse(who, "LOCKED_OUT", details);
            throw LoginRefusedException.until(Reason.LOCKED_OUT, attempt.lockedUntil());
        }
        String hash = found.map(Account::passwordHash).orElse(dummyHash);
        boolean matches = passwordEncoder.matches(password == null ? "" : password, hash);
        if (found.isEmpty() || !matches) {
            refuse(who, "BAD_CREDENTIALS", details);
            if (attempt.lockedIfWrong().isPresent()) {
                throw LoginRefusedException.until(Reason.LOCKED_OUT, attempt.lockedUntil());
            }
            throw LoginRefusedException.badCredentials(attempt.triesLeftIfWrong(properties.maxFailures()));
        }
        Account account = found.get();
        lockout.clear(key);
        switch (account.status()) {
            case PENDING_ACTIVATION -> refuseBecause(who, Reason.PENDING_ACTIVATION, details);
            case LOCKED -> refuseBecause(who, Reason.ACCOUNT_LOCKED, details);
            case DISABLED -> refuseBecause(who, Reason.DISABLED, details);
            case ACTIVE -> {}
        }
        Optional<String> iecStatus =
                account.kind() == AccountKind.HOLDER ? checks.iecNotActive(account.iec()) : Optional.empty();
        if (iecStatus.isPresent()) {
            refuse(who, "IEC_" + iecStatus.get(), details);
            throw LoginRefusedException.iecNotActive(iecStatus.get());
        }
        if (properties.otp() == LoginProperties.OtpMode.ALWAYS || account.loginOtp()) {
            throw LoginRefusedException.otpRequired(checks.startOtpStep(account, details.remoteAddress()));
        }
        return complete(account.id(), password, details.remoteAddress(), false);
    }

    /**
     * Ends a login whose password (and OTP, where asked) was right: records it, and re-hashes the password when
     * the stored hash was made with weaker parameters.
     *
     * @param password the password typed, or null when it is no longer at hand (after the OTP step)
     */
    PortalUser complete(long accountId, String password, String remoteAddress, boolean withOtp) {
        return transactions.execute(status -> {
            Account account = accounts.findById(accountId).orElseThrow();
            if (password != null && passwordEncoder.upgradeEncoding(account.passwordHash())) {
                account.rehash(passwordEncoder.encode(password));
            }
            events.publishEvent(new LoggedIn(account.icegateId().value(), withOtp, clock.instant(), remoteAddress));
            return new PortalUser(
                    account.icegateIdKey(),
                    account.icegateId().value(),
                    account.kind() == AccountKind.HOLDER ? account.iec().value() : null,
                    account.kind());
        });
    }

    /**
     * What the person may do, read afresh from the account: one role per kind (an IEC holder's {@code EXPORTER}, an
     * office's {@code OFFICE}), and for a holder the filing right, which follows the route and the IEC.
     */
    List<GrantedAuthority> authoritiesOf(PortalUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (user.kind() == AccountKind.OFFICE) {
            authorities.add(new SimpleGrantedAuthority(PortalRoles.OFFICE));
            return authorities;
        }
        authorities.add(new SimpleGrantedAuthority(EXPORTER));
        accounts.findByIcegateIdKey(user.icegateIdKey())
                .filter(account -> account.view().mayFile())
                .ifPresent(account -> authorities.add(new SimpleGrantedAuthority(FILE_CUSTOMS_DOCUMENTS)));
        return authorities;
    }

    /**
     * Takes one attempt from the client address's allowance for {@code what} (login, forgot password, enquiry).
     *
     * @throws LoginRefusedException (rate limited) with the time to try again
     */
    void requireWithinRateLimit(String what, String remoteAddress) {
        Optional<Duration> wait =
                rateLimits.tryConsume(what, remoteAddress, properties.attemptsPerMinute(), Duration.ofMinutes(1));
        if (wait.isPresent()) {
            throw LoginRefusedException.until(
                    Reason.RATE_LIMITED, clock.instant().plus(wait.get()));
        }
    }

    /**
     * The account a login name (ICEGATE ID in any case, or IEC) belongs to. Only a holder has an IEC (a database
     * rule), so a name shaped like an IEC finds the IEC's holder or no one.
     */
    Optional<Account> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String name = username.strip();
        try {
            if (IEC_SHAPED.matcher(name).matches()) {
                return accounts.findByIec(Iec.of(name).value());
            }
            return accounts.findByIcegateIdKey(IcegateId.of(name).key());
        } catch (InvalidFieldException ex) {
            return Optional.empty();
        }
    }

    private void refuseBecause(String who, Reason reason, LoginDetails details) {
        refuse(who, reason.name(), details);
        throw LoginRefusedException.because(reason);
    }

    private void refuse(String who, String reason, LoginDetails details) {
        transactions.executeWithoutResult(
                status -> events.publishEvent(new LoginFailed(who, reason, clock.instant(), details.remoteAddress())));
    }

    private static String normalise(String username) {
        String name = username == null ? "" : username.strip().toUpperCase(Locale.ROOT);
        return name.length() > 25 ? name.substring(0, 25) : name;
    }
}

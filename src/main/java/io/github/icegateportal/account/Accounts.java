package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.PasswordPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, activates and upgrades accounts; the registration module's way in. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final IcegateIds icegateIds;
    private final PasswordHistory passwordHistory;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(
            AccountRepository accounts,
            IcegateIds icegateIds,
            PasswordHistory passwordHistory,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.icegateIds = icegateIds;
        this.passwordHistory = passwordHistory;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens an active account that may not file (Route A). The ICEGATE ID passes from the registration that reserved
     * it to the account.
     *
     * @throws IcegateIdTakenException when another account or an issuing office holds the ID
     * @throws IecAlreadyHasAccountException when the IEC has an account already
     * @throws io.github.icegateportal.shared.field.InvalidFieldException when the password breaks the policy
     */
    @Transactional
    public AccountView openSimplified(NewAccount account) {
        return open(account, AccountRoute.SIMPLIFIED, AccountStatus.ACTIVE);
    }

    /**
     * Opens a DSC account that can log in only after {@link #activate(IcegateId)}. When the IEC already has a
     * simplified account under the same ID (an upgrade), that account is returned unchanged: it keeps working as
     * before until {@link #grantFiling(Iec)}.
     */
    @Transactional
    public AccountView openDscPendingActivation(NewAccount account) {
        Optional<Account> existing = accounts.findByIec(account.iec().value());
        if (existing.isPresent() && existing.get().icegateId().sameAs(account.icegateId())) {
            return existing.get().view();
        }
        return open(account, AccountRoute.DSC, AccountStatus.PENDING_ACTIVATION);
    }

    /** The activation link was used: a pending DSC account becomes active and may file. Does nothing otherwise. */
    @Transactional
    public void activate(IcegateId icegateId) {
        Account account = accounts.findByIcegateIdKey(icegateId.key())
                .orElseThrow(() -> new IllegalArgumentException("No account " + icegateId));
        Instant now = clock.instant();
        if (account.activate(now)) {
            events.publishEvent(new AccountActivated(
                    account.icegateId().value(), account.iec().value(), now));
        }
    }

    /** The DSC registration for the IEC was approved and activated: its (simplified) account may file from now on. */
    @Transactional
    public void grantFiling(Iec iec) {
        Account account = accounts.findByIec(iec.value())
                .orElseThrow(() -> new IllegalArgumentException("No account for IEC " + iec));
        Instant now = clock.instant();
        if (account.grantFiling(now)) {
            events.publishEvent(new FilingGranted(account.icegateId().value(), iec.value(), now));
        }
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByIec(Iec iec) {
        return accounts.findByIec(iec.value()).map(Account::view);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByIcegateId(IcegateId icegateId) {
        return accounts.findByIcegateIdKey(icegateId.key()).map(Account::view);
    }

    /**
     * Opens an active account that may not file (Route A) with a password the registration checked against the
     * policy and hashed with the portal's password encoder when the person chose it, so that no raw password is
     * kept while the OTPs are verified. {@code account.rawPassword()} is ignored (pass null).
     */
    @Transactional
    public AccountView openSimplified(NewAccount account, String encodedPassword) {
        Objects.requireNonNull(encodedPassword, "encodedPassword");
        return open(account, AccountRoute.SIMPLIFIED, AccountStatus.ACTIVE, encodedPassword);
    }

    private AccountView open(NewAccount request, AccountRoute route, AccountStatus status) {
        Objects.requireNonNull(request.rawPassword(), "rawPassword");
        PasswordPolicy.require(request.rawPassword(), request.icegateId().value());
        return open(request, route, status, passwordEncoder.encode(request.rawPassword()));
    }

    private AccountView open(NewAccount request, AccountRoute route, AccountStatus status, String hash) {
        if (accounts.findByIec(request.iec().value()).isPresent()) {
            throw new IecAlreadyHasAccountException(request.iec());
        }
        icegateIds.claimForAccount(request.icegateId());
        Instant now = clock.instant();
        Account account = accounts.saveAndFlush(new Account(request, route, status, hash, now));
        passwordHistory.remember(account.id(), hash, now);
        events.publishEvent(new AccountOpened(
                account.icegateId().value(), request.iec().value(), route, status, now, request.remoteAddress()));
        return account.view();
    }
}

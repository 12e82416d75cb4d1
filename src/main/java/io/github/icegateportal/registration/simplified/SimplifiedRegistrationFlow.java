package io.github.icegateportal.registration.simplified;

import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.account.IcegateIds;
import io.github.icegateportal.account.NewAccount;
import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.GstRegistration;
import io.github.icegateportal.directory.GstnDirectory;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.notification.Notifications;
import io.github.icegateportal.otp.IssuedCodes;
import io.github.icegateportal.otp.OneTimePasswords;
import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.registration.Origin;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStateException;
import io.github.icegateportal.registration.RegistrationStateMachine;
import io.github.icegateportal.registration.RegistrationStateMachine.Step;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.TemporaryPasswords;
import io.github.icegateportal.registration.internal.LapsedRegistrations;
import io.github.icegateportal.registration.internal.RegistrationRepository;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Route A, the simplified registration, step by step ({@code seeds/002}). Each method is one form of the flow, in
 * one transaction; the flow's state is the {@link Registration} row, found by its random id.
 */
@Service
@Transactional(noRollbackFor = {RegistrationExpiredException.class, RegistrationRefusedException.class})
class SimplifiedRegistrationFlow implements LapsedRegistrations {

    private static final RegistrationStateMachine STATES = RegistrationStateMachine.of(RegistrationRoute.SIMPLIFIED);

    /** The states in which a simplified registration is still going. */
    static final Set<RegistrationStatus> OPEN = STATES.open();

    /** The states in which the registration's current OTPs reopen it (Case 2). */
    private static final Set<RegistrationStatus> RESUMABLE = STATES.resumable();

    private final RegistrationRepository registrations;

    private final TemporaryPasswords temporaryPasswords;

    private final DgftDirectory dgft;

    private final GstnDirectory gstn;

    private final Accounts accounts;

    private final IcegateIds icegateIds;

    private final OneTimePasswords otps;

    private final Notifications notifications;

    private final PasswordEncoder passwordEncoder;

    private final MessageSource messages;

    private final Clock clock;

    private final Duration otpLifetime;

    SimplifiedRegistrationFlow(
            RegistrationRepository registrations,
            TemporaryPasswords temporaryPasswords,
            DgftDirectory dgft,
            GstnDirectory gstn,
            Accounts accounts,
            IcegateIds icegateIds,
            OneTimePasswords otps,
            Notifications notifications,
            PasswordEncoder passwordEncoder,
            MessageSource messages,
            Clock clock,
            @Value("${portal.otp.lifetime:PT2H}") Duration otpLifetime) {
        this.registrations = registrations;
        this.temporaryPasswords = temporaryPasswords;
        this.dgft = dgft;
        this.gstn = gstn;
        this.accounts = accounts;
        this.icegateIds = icegateIds;
        this.otps = otps;
        this.notifications = notifications;
        this.passwordEncoder = passwordEncoder;
        this.messages = messages;
        this.clock = clock;
        this.otpLifetime = otpLifetime;
    }

    /**
     * Step 2: IEC, GSTIN and temporary password. Unless all three belong together the one answer is "do not
     * match"; only then the specific refusals. Any earlier registration of the IEC still going is abandoned.
     *
     * @return the new registration's id
     * @throws RegistrationRefusedException with the answer
     * @throws io.github.icegateportal.directory.DirectoryUnavailableException when a directory does not answer
     */
    UUID start(Iec iec, Gstin gstin, String temporaryPassword, String remoteAddress) {
        if (!this.temporaryPasswords.matches(iec, gstin, temporaryPassword)) {
            throw new RegistrationRefusedException("registration.simplified.noMatch");
        }
        IecRecord record = this.dgft
                .findByIec(iec)
                .orElseThrow(() -> new RegistrationRefusedException("registration.simplified.noMatch"));
        GstRegistration registration = this.gstn
                .findByGstin(gstin)
                .orElseThrow(() -> new RegistrationRefusedException("registration.simplified.noMatch"));
        if (!record.isActive()) {
            throw new RegistrationRefusedException(
                    "registration.simplified.iecNotActive",
                    iec.value(),
                    status("directory.iecStatus." + record.status()));
        }
        if (!registration.isActive()) {
            throw new RegistrationRefusedException(
                    "registration.simplified.gstinNotActive",
                    gstin.value(),
                    status("directory.gstStatus." + registration.status()));
        }
        if (!registration.pan().equals(record.pan())) {
            throw new RegistrationRefusedException("registration.simplified.gstinOtherPan", gstin.value(), iec.value());
        }
        if (this.accounts.findByIec(iec).isPresent()) {
            throw new RegistrationRefusedException("registration.simplified.alreadyRegistered", iec.value());
        }
        requireNoDscRegistrationUnderWay(iec);
        Origin origin = origin(remoteAddress);
        for (Registration earlier : this.registrations.findOpen(iec.value(), RegistrationRoute.SIMPLIFIED, OPEN)) {
            earlier.abandon(origin);
            letGo(earlier);
            this.registrations.save(earlier);
        }
        Registration started = Registration.startSimplified(
                iec,
                gstin,
                record.firmName(),
                registration.email(),
                registration.mobile(),
                origin.at().plus(this.otpLifetime),
                origin);
        return this.registrations.save(started).id();
    }

    /**
     * The registration behind a page of the flow; one that ran out is marked expired (its ID freed) on the way.
     *
     * @throws RegistrationStateException when there is none, or it ran out
     */
    Registration open(UUID id) {
        Registration registration = this.registrations
                .findById(id)
                .filter(r -> r.route() == RegistrationRoute.SIMPLIFIED)
                .orElseThrow(() -> new RegistrationStateException("registration.state.unknown", null, "open"));
        if (registration.hasRunOut(this.clock.instant())) {
            registration.expire(Origin.system(this.clock.instant()));
            letGo(registration);
            this.registrations.save(registration);
            throw new RegistrationExpiredException("open");
        }
        return registration;
    }

    /**
     * Step 3: reserves the ID (the ID table's key decides between two people at once), keeps the password hashed
     * and sends OTPs to the registered contacts.
     *
     * @return false when the ID is taken
     */
    boolean chooseIcegateId(UUID id, IcegateId icegateId, String password, String remoteAddress) {
        Registration registration = open(id);
        if (registration.status() != RegistrationStatus.DETAILS_VERIFIED) {
            throw new RegistrationStateException(
                    "registration.state.outOfOrder", registration.status(), "chooseIcegateId");
        }
        if (!this.icegateIds.reserve(icegateId, holder(registration))) {
            return false;
        }
        Origin origin = origin(remoteAddress);
        registration.chooseIcegateId(icegateId, this.passwordEncoder.encode(password), origin);
        IssuedCodes codes = this.otps.issue(registration.otpOwner());
        send(codes, registration.email(), registration.mobile());
        registration.otpsSent(codes.expiresAt(), origin);
        this.registrations.save(registration);
        return true;
    }

    /** Step 5: the registered contacts' OTPs; both matching moves on (the codes stay the key to resume). */
    OtpCheck verifyOtps(UUID id, String mobileCode, String emailCode, String remoteAddress) {
        Registration registration = open(id);
        requireStep(registration, "verifyOtps", Step.OTPS_VERIFIED);
        OtpCheck check = this.otps.verify(registration.otpOwner(), mobileCode, emailCode);
        if (check.bothMatch()) {
            registration.otpsVerified(origin(remoteAddress));
            this.registrations.save(registration);
        } else if (check.mustStartAgain()) {
            expire(registration);
        }
        return check;
    }

    /**
     * New OTPs to the contacts the current ones went to.
     *
     * @throws io.github.icegateportal.otp.OtpResendLimitException when no more may be sent now or at all
     */
    void resendOtps(UUID id, String remoteAddress) {
        Registration registration = open(id);
        requireStatus(registration, "resendOtps", RegistrationStatus.OTP_SENT, RegistrationStatus.ALTERNATE_OTP_SENT);
        IssuedCodes codes = this.otps.resend(registration.otpOwner());
        Origin origin = origin(remoteAddress);
        if (registration.status() == RegistrationStatus.OTP_SENT) {
            send(codes, registration.email(), registration.mobile());
            registration.otpsSent(codes.expiresAt(), origin);
        } else {
            EmailAddress email = registration.alternateEmail().orElseThrow();
            MobileNumber mobile = registration.alternateMobile().orElseThrow();
            send(codes, email, mobile);
            registration.alternateContactsGiven(email, mobile, codes.expiresAt(), origin);
        }
        this.registrations.save(registration);
    }

    /** How many more times the registration's current OTPs may be resent. */
    int resendsLeft(Registration registration) {
        return this.otps.resendsLeft(registration.otpOwner());
    }

    /**
     * Case 1.2: the account gets other contacts; new OTPs go to them. The first alternate contacts get codes of
     * their own; other alternate contacts after them replace live codes, so they are a resend, with its throttle
     * and limit (issuing afresh would reset both, and the wrong tries: codes to any number, without end).
     *
     * @throws io.github.icegateportal.otp.OtpResendLimitException when no more may be sent now or at all
     */
    void giveAlternateContacts(UUID id, EmailAddress email, MobileNumber mobile, String remoteAddress) {
        Registration registration = open(id);
        requireStep(registration, "giveAlternateContacts", Step.ALTERNATE_CONTACTS_GIVEN);
        IssuedCodes codes = registration.status() == RegistrationStatus.ALTERNATE_OTP_SENT
                ? this.otps.resend(registration.otpOwner())
                : this.otps.issue(registration.otpOwner());
        send(codes, email, mobile);
        registration.alternateContactsGiven(email, mobile, codes.expiresAt(), origin(remoteAddress));
        this.registrations.save(registration);
    }

    /** Case 1.2: the alternate contacts' OTPs; both matching completes the registration with those contacts. */
    OtpCheck verifyAlternateOtps(UUID id, String mobileCode, String emailCode, String remoteAddress) {
        Registration registration = open(id);
        requireStep(registration, "verifyAlternateOtps", Step.ALTERNATE_OTPS_VERIFIED);
        OtpCheck check = this.otps.verify(registration.otpOwner(), mobileCode, emailCode);
        if (check.bothMatch()) {
            registration.alternateOtpsVerified(origin(remoteAddress));
            complete(registration, remoteAddress);
        } else if (check.mustStartAgain()) {
            expire(registration);
        }
        return check;
    }

    /** Case 1.1: Finish, confirmed. */
    IcegateId finish(UUID id, String remoteAddress) {
        Registration registration = open(id);
        // Case 1.1 only: after alternate contacts, their OTP check completes the registration
        requireStatus(registration, "finish", RegistrationStatus.OTP_VERIFIED);
        return complete(registration, remoteAddress);
    }

    /**
     * Case 2: the registration of the IEC and GSTIN whose current OTPs these are, moved to where the person goes on
     * (verified, or the alternate OTP check).
     *
     * @throws RegistrationRefusedException when none matches, saying so, or that the OTPs expired
     */
    Registration resume(Iec iec, Gstin gstin, String mobileCode, String emailCode, String remoteAddress) {
        Instant now = this.clock.instant();
        boolean ranOut = false;
        for (Registration registration : this.registrations.findOpen(iec.value(), RegistrationRoute.SIMPLIFIED, OPEN)) {
            if (!registration.gstin().map(gstin::equals).orElse(false)) {
                continue;
            }
            if (registration.hasRunOut(now)) {
                expire(registration);
                ranOut = true;
            } else if (RESUMABLE.contains(registration.status())
                    && this.otps.matchesCurrent(registration.otpOwner(), mobileCode, emailCode)) {
                if (registration.status() == RegistrationStatus.OTP_SENT) {
                    registration.otpsVerified(origin(remoteAddress));
                    this.registrations.save(registration);
                }
                return registration;
            }
        }
        if (ranOut || recentlyExpired(iec, gstin, now)) {
            throw new RegistrationRefusedException("registration.state.expired");
        }
        throw new RegistrationRefusedException("registration.simplified.noMatch");
    }

    @Override
    public RegistrationRoute route() {
        return RegistrationRoute.SIMPLIFIED;
    }

    /** Marks registrations whose OTPs ran out as expired, freeing their IDs; returns how many. */
    @Override
    public int expireRunOut(int limit) {
        List<Registration> runOut = this.registrations.findRunOut(
                this.clock.instant(), RegistrationRoute.SIMPLIFIED, PageRequest.of(0, limit));
        runOut.forEach(this::expire);
        return runOut.size();
    }

    private boolean recentlyExpired(Iec iec, Gstin gstin, Instant now) {
        return this.registrations
                .findOpen(iec.value(), RegistrationRoute.SIMPLIFIED, EnumSet.of(RegistrationStatus.EXPIRED))
                .stream()
                .filter(r -> r.gstin().map(gstin::equals).orElse(false))
                .anyMatch(r -> r.updatedAt().isAfter(now.minus(this.otpLifetime.multipliedBy(12))));
    }

    private IcegateId complete(Registration registration, String remoteAddress) {
        requireNoDscRegistrationUnderWay(registration.iec());
        IcegateId icegateId = registration.icegateId().orElseThrow();
        this.accounts.openSimplified(
                new NewAccount(
                        icegateId,
                        registration.iec(),
                        registration.gstin().orElse(null),
                        registration.firmName() == null ? "" : registration.firmName(),
                        registration.accountEmail(),
                        registration.accountMobile(),
                        null,
                        remoteAddress),
                registration.passwordHash().orElseThrow());
        this.otps.spend(registration.otpOwner());
        registration.gstin().ifPresent(gstin -> this.temporaryPasswords.spend(registration.iec(), gstin));
        registration.complete(origin(remoteAddress));
        this.registrations.save(registration);
        welcome(registration, icegateId);
        return icegateId;
    }

    /**
     * One account per IEC: while a registration with a DSC for the IEC is open or waits for approval or activation,
     * this route neither starts nor finishes, or that registration's activation would find the IEC taken. (The other
     * way round is allowed: a DSC registration over a simplified account is its upgrade.)
     */
    private void requireNoDscRegistrationUnderWay(Iec iec) {
        var underWay = RegistrationStateMachine.of(RegistrationRoute.DSC).underWay();
        if (!this.registrations
                .findOpen(iec.value(), RegistrationRoute.DSC, underWay)
                .isEmpty()) {
            throw new RegistrationRefusedException("registration.simplified.dscUnderWay", iec.value());
        }
    }

    private void expire(Registration registration) {
        registration.expire(Origin.system(this.clock.instant()));
        letGo(registration);
        this.registrations.save(registration);
    }

    /** Frees what a registration that ends without an account held: its ID and its OTPs. */
    private void letGo(Registration registration) {
        registration.icegateId().ifPresent(id -> this.icegateIds.release(id, holder(registration)));
        this.otps.spend(registration.otpOwner());
    }

    /** Refuses, before anything is sent or opened, a step the state table does not allow now. */
    private static void requireStep(Registration registration, String step, Step next) {
        if (STATES.next(registration.status(), next).isEmpty()) {
            throw refused(registration, step);
        }
    }

    private static void requireStatus(Registration registration, String step, RegistrationStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(registration.status())) {
            throw refused(registration, step);
        }
    }

    private static RegistrationStateException refused(Registration registration, String step) {
        String key = registration.status() == RegistrationStatus.COMPLETED
                ? "registration.state.finished"
                : "registration.state.outOfOrder";
        return new RegistrationStateException(key, registration.status(), step);
    }

    private void send(IssuedCodes codes, EmailAddress email, MobileNumber mobile) {
        Locale locale = LocaleContextHolder.getLocale();
        this.notifications.email(
                email,
                this.messages.getMessage("registration.simplified.otp.email.subject", null, locale),
                this.messages.getMessage(
                        "registration.simplified.otp.email.body",
                        new Object[] {codes.emailCode(), otpLifetime.toHours()},
                        locale));
        this.notifications.sms(
                mobile,
                this.messages.getMessage(
                        "registration.simplified.otp.sms",
                        new Object[] {codes.mobileCode(), otpLifetime.toHours()},
                        locale));
    }

    private void welcome(Registration registration, IcegateId icegateId) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] arguments = {icegateId.value(), registration.iec().value()};
        this.notifications.email(
                registration.accountEmail(),
                this.messages.getMessage("registration.simplified.welcome.email.subject", null, locale),
                this.messages.getMessage("registration.simplified.welcome.email.body", arguments, locale));
        this.notifications.sms(
                registration.accountMobile(),
                this.messages.getMessage("registration.simplified.welcome.sms", arguments, locale));
    }

    private static String holder(Registration registration) {
        return registration.otpOwner();
    }

    private Origin origin(String remoteAddress) {
        return Origin.anonymous(remoteAddress, this.clock.instant());
    }

    private static DefaultMessageSourceResolvable status(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }
}

package io.github.icegateportal.registration.iec;

import static io.github.icegateportal.registration.RegistrationStatus.DETAILS_MATCHED;
import static io.github.icegateportal.registration.RegistrationStatus.ID_CHOSEN;
import static io.github.icegateportal.registration.RegistrationStatus.SUBMITTED;

import io.github.icegateportal.account.AccountRoute;
import io.github.icegateportal.account.AccountView;
import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.account.IcegateIds;
import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.DirectoryUnavailableException;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.dsc.DscHolder;
import io.github.icegateportal.dsc.DscVerification;
import io.github.icegateportal.dsc.DscVerifier;
import io.github.icegateportal.notification.Notifications;
import io.github.icegateportal.otp.IssuedCodes;
import io.github.icegateportal.otp.OneTimePasswords;
import io.github.icegateportal.otp.OtpCheck;
import io.github.icegateportal.otp.OtpOutcome;
import io.github.icegateportal.otp.OtpProperties;
import io.github.icegateportal.otp.OtpResendLimitException;
import io.github.icegateportal.registration.Origin;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStateMachine;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.iec.StepRefusedException.FieldRefusal;
import io.github.icegateportal.registration.internal.LapsedRegistrations;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.InvalidFieldException;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.shared.field.PasswordPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The steps of the IEC-based registration (Route B): IEC details against DGFT, OTPs, KYC documents, the Class III
 * DSC, the ICEGATE ID, submission; and continuing a registration with its reference ID. Each step is saved in the
 * database as soon as it is taken, so a person can leave and come back, on any instance.
 */
@Service
class IecRegistrationFlow implements LapsedRegistrations {

    private static final RegistrationStateMachine STATES = RegistrationStateMachine.of(RegistrationRoute.DSC);

    /** The states in which the wizard is still open to the person (and continuing with the reference ID works). */
    static final Set<RegistrationStatus> OPEN = STATES.open();

    /** The states of a registration handed in: waiting, decided, or activated. */
    static final Set<RegistrationStatus> HANDED_IN = STATES.handedIn();

    /** The states in which a registration for the IEC is waiting for the admin or for activation. */
    static final Set<RegistrationStatus> WAITING = STATES.waiting();

    private final IecRegistrationRepository registrations;
    private final KycDocuments documents;
    private final DscStepRepository dscSteps;
    private final DgftDirectory dgft;
    private final Accounts accounts;
    private final IcegateIds icegateIds;
    private final OneTimePasswords otps;
    private final OtpProperties otpProperties;
    private final Notifications notifications;
    private final DscVerifier verifier;
    private final PasswordEncoder passwordEncoder;
    private final MessageSource messages;
    private final IecRouteProperties properties;
    private final Clock clock;

    IecRegistrationFlow(
            IecRegistrationRepository registrations,
            KycDocuments documents,
            DscStepRepository dscSteps,
            DgftDirectory dgft,
            Accounts accounts,
            IcegateIds icegateIds,
            OneTimePasswords otps,
            OtpProperties otpProperties,
            Notifications notifications,
            DscVerifier verifier,
            PasswordEncoder passwordEncoder,
            MessageSource messages,
            IecRouteProperties properties,
            Clock clock) {
        this.registrations = registrations;
        this.documents = documents;
        this.dscSteps = dscSteps;
        this.dgft = dgft;
        this.accounts = accounts;
        this.icegateIds = icegateIds;
        this.otps = otps;
        this.otpProperties = otpProperties;
        this.notifications = notifications;
        this.verifier = verifier;
        this.passwordEncoder = passwordEncoder;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    Origin origin(String remoteAddress) {
        return Origin.anonymous(remoteAddress, clock.instant());
    }

    // ----- Step 2: IEC details

    /**
     * Compares the four details with the DGFT record, refuses what may not register, and on success opens the
     * registration and sends OTPs to DGFT's email and mobile.
     *
     * @throws StepRefusedException with the field and message that say what to fix
     */
    @Transactional
    Registration start(Iec iec, Pan pan, EmailAddress email, MobileNumber mobile, String remoteAddress) {
        try {
            iec.requireRegistrable();
        } catch (InvalidFieldException e) {
            throw new StepRefusedException("iec", e.messageKey(), e.arguments());
        }
        IecRecord record = lookUp(iec)
                .orElseThrow(() -> new StepRefusedException("iec", "registration.iec.details.unknownIec", iec));
        // Every detail that differs is named at once (an IEC whose email and mobile are both outdated at DGFT gets
        // both messages), so that the person fixes them at DGFT in one go rather than learning of one per try.
        List<FieldRefusal> differing = new ArrayList<>();
        if (!record.pan().equals(pan)) {
            differing.add(new FieldRefusal("pan", "registration.iec.details.mismatch.pan"));
        }
        if (!email.equals(record.email())) {
            differing.add(new FieldRefusal("email", "registration.iec.details.mismatch.email"));
        }
        if (!mobile.equals(record.mobile())) {
            differing.add(new FieldRefusal("mobile", "registration.iec.details.mismatch.mobile"));
        }
        if (!differing.isEmpty()) {
            throw StepRefusedException.ofFields(differing);
        }
        if (!record.isActive()) {
            throw new StepRefusedException(
                    "iec",
                    "registration.iec.details.inactive",
                    iec,
                    new DefaultMessageSourceResolvable(
                            new String[] {"registration.iec.iecStatus." + record.status()},
                            record.status().name()));
        }
        Optional<AccountView> account = accounts.findByIec(iec);
        if (account.isPresent()
                && (account.get().route() == AccountRoute.DSC || account.get().mayFile())) {
            throw new StepRefusedException("iec", "registration.iec.details.alreadyRegistered", iec);
        }
        if (!registrations
                .findByIec(iec.value(), RegistrationRoute.DSC, WAITING)
                .isEmpty()) {
            throw new StepRefusedException("iec", "registration.iec.details.alreadyPending", iec);
        }
        Origin origin = origin(remoteAddress);
        for (Registration earlier : registrations.findByIec(iec.value(), RegistrationRoute.DSC, OPEN)) {
            // A fresh start replaces a registration left unfinished: it gives up the ID it held.
            earlier.abandon(origin);
            releaseId(earlier);
            registrations.save(earlier);
        }
        IcegateId existingId = account.map(AccountView::icegateId).orElse(null);
        Registration registration = Registration.startDsc(
                iec,
                record.pan(),
                record.firmName(),
                record.email(),
                record.mobile(),
                existingId,
                clock.instant().plus(properties.draftLifetime()),
                origin);
        registrations.save(registration);
        IssuedCodes codes = otps.issue(registration.otpOwner());
        sendOtps(registration, codes);
        return registration;
    }

    private Optional<IecRecord> lookUp(Iec iec) {
        try {
            return dgft.findByIec(iec);
        } catch (DirectoryUnavailableException e) {
            throw StepRefusedException.global("registration.iec.dgftUnavailable");
        }
    }

    // ----- Step 3: OTPs

    /**
     * Checks both OTPs; when both match the registration moves on to the documents. Codes that ran out only need
     * new ones (Resend OTP); a code whose tries are used up after the last resend means starting again.
     */
    @Transactional
    OtpStep verifyOtps(UUID id, String mobileCode, String emailCode, String remoteAddress) {
        Registration registration = lock(id);
        OtpCheck check = otps.verifyAndSpend(registration.otpOwner(), mobileCode, emailCode);
        if (registration.dscOtpResends() >= otpProperties.maxResends()) {
            // the OTP module counts per batch of codes; this registration has used its resends
            check = check.withoutResend();
        }
        Origin origin = origin(remoteAddress);
        if (check.bothMatch()) {
            if (registration.status() == DETAILS_MATCHED) {
                registration.dscOtpsVerified(keptUntil(), origin);
                registrations.save(registration);
            }
            return new OtpStep(check, false);
        }
        boolean ranOut = ranOut(check.mobile()) || ranOut(check.email());
        if (!ranOut && check.mustStartAgain()) {
            registration.abandon(origin);
            releaseId(registration);
            registrations.save(registration);
            return new OtpStep(check, true);
        }
        return new OtpStep(check, false);
    }

    private static boolean ranOut(OtpOutcome outcome) {
        return outcome == OtpOutcome.EXPIRED || outcome == OtpOutcome.MISSING;
    }

    /** What an OTP check found, and whether the person must start again from the first screen. */
    record OtpStep(OtpCheck check, boolean startAgain) {}

    /**
     * New OTPs to the registered contacts, within the OTP module's throttle and at most {@code portal.otp.max-resends}
     * times over the registration's life, however often its codes ran out in between.
     *
     * @return how many more resends the registration may have
     * @throws StepRefusedException when none may be sent now ({@code otp.resend.tooSoon} says how long to wait) or
     *     any more
     */
    @Transactional
    int resendOtps(UUID id, String remoteAddress) {
        Registration registration = lock(id);
        if (registration.status() != DETAILS_MATCHED) {
            throw StepRefusedException.global("registration.iec.otp.alreadyVerified");
        }
        if (registration.dscOtpResends() >= otpProperties.maxResends()) {
            throw StepRefusedException.global("registration.iec.otp.resendLimit");
        }
        try {
            // Codes that ran out cannot be resent: new ones are issued instead. expiresAt still answers for codes
            // past their expiry (until the sweep removes them), so "live" is judged against the clock here.
            String owner = registration.otpOwner();
            boolean live = otps.expiresAt(owner)
                    .filter(at -> at.isAfter(clock.instant()))
                    .isPresent();
            IssuedCodes codes = live ? otps.resend(owner) : otps.issue(owner);
            registration.dscOtpsResent(otpProperties.maxResends(), origin(remoteAddress));
            registrations.save(registration);
            sendOtps(registration, codes);
            return otpProperties.maxResends() - registration.dscOtpResends();
        } catch (OtpResendLimitException e) {
            if (e.mustStartAgain()) {
                throw StepRefusedException.global("registration.iec.otp.resendLimit");
            }
            // the count that holds here is the registration's, over its whole life, not the codes' own
            throw StepRefusedException.global(
                    "otp.resend.tooSoon", e.secondsToWait(), otpProperties.maxResends() - registration.dscOtpResends());
        }
    }

    /** The least time between two sends of OTPs ({@code portal.otp.resend-interval}). */
    Duration resendInterval() {
        return otpProperties.resendInterval();
    }

    // ----- Continue using the reference ID

    /**
     * Sends fresh OTPs to the registered contacts of the registration in progress with this reference, if there
     * is one. Says nothing either way: the page's answer is the same, so nobody learns which references exist.
     */
    @Transactional
    void sendContinueOtps(String referenceNumber, String remoteAddress) {
        inProgress(referenceNumber).ifPresent(registration -> {
            IssuedCodes codes = otps.issue(registration.otpOwner());
            registration.dscOtpsSent(origin(remoteAddress));
            registrations.save(registration);
            sendOtps(registration, codes);
        });
    }

    /**
     * The registration to continue, when the reference belongs to one in progress and both OTPs are right; empty
     * otherwise (whatever the reason, so that the answer tells a prober nothing).
     */
    @Transactional
    Optional<Registration> continueWith(
            String referenceNumber, String mobileCode, String emailCode, String remoteAddress) {
        Optional<Registration> found = inProgress(referenceNumber);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Registration registration = found.get();
        OtpCheck check = otps.verifyAndSpend(registration.otpOwner(), mobileCode, emailCode);
        if (!check.bothMatch()) {
            return Optional.empty();
        }
        if (registration.status() == DETAILS_MATCHED) {
            registration.dscOtpsVerified(keptUntil(), origin(remoteAddress));
        }
        // whoever saw the wizard's address before (a shared screen, the browser history) cannot use it any more
        registration.rotateFlowKey();
        return Optional.of(registrations.save(registration));
    }

    private Optional<Registration> inProgress(String referenceNumber) {
        if (referenceNumber == null) {
            return Optional.empty();
        }
        return registrations
                .findByReference(referenceNumber.strip().toUpperCase(Locale.ROOT))
                .filter(r -> r.route() == RegistrationRoute.DSC)
                .filter(r -> STATES.resumable().contains(r.status()))
                .filter(r -> !r.hasRunOut(clock.instant()));
    }

    // ----- Step 4: KYC documents

    /**
     * Keeps an uploaded document (replacing one of the same kind) when its content passes the checks.
     *
     * @param type the kind the person chose, null when the form named none the portal knows
     * @throws StepRefusedException with the message and its arguments (the file's name, the largest size)
     */
    @Transactional
    KycDocumentInfo upload(UUID id, KycDocumentType type, MultipartFile file, String remoteAddress) {
        if (type == null) {
            throw StepRefusedException.global("registration.iec.document.notRequired");
        }
        byte[] content = documents.read(file);
        Registration registration = lockOpen(id, IecWizardStep.DOCUMENTS);
        if (!documents.required(registration).contains(type)) {
            throw StepRefusedException.global("registration.iec.document.notRequired");
        }
        KycDocumentInfo stored = documents.store(registration, type, file.getOriginalFilename(), content);
        registration.documentUploaded(type.name(), keptUntil(), origin(remoteAddress));
        registrations.save(registration);
        return stored;
    }

    // ----- Step 5: Class III DSC

    /** The challenge to sign now: the registration's current one, or a new one if there is none yet. */
    @Transactional
    DscStep dscStep(UUID id) {
        return dscStep(find(id));
    }

    /** The same, for a registration at hand. */
    @Transactional
    DscStep dscStep(Registration registration) {
        return dscSteps.findById(registration.id())
                .orElseGet(() ->
                        dscSteps.save(new DscStep(registration.id(), registration.referenceNumber(), clock.instant())));
    }

    /** A new challenge, for signing again after a signature passed. */
    @Transactional
    DscStep renewChallenge(UUID id) {
        Registration registration = lockOpen(id, IecWizardStep.DSC);
        DscStep step = dscStep(id);
        step.newChallenge(registration.referenceNumber(), clock.instant());
        return step;
    }

    /**
     * Verifies the uploaded signature over the registration's challenge against the IEC record's signatories; a
     * passing signature moves the registration on and spends the challenge.
     */
    @Transactional
    DscVerification verifySignature(UUID id, byte[] signature, String remoteAddress) {
        Registration registration = lockOpen(id, IecWizardStep.DSC);
        if (!documents.missing(registration).isEmpty()) {
            throw StepRefusedException.global("registration.iec.document.incomplete");
        }
        DscStep step = dscStep(id);
        if (step.passed()) {
            throw StepRefusedException.global("registration.iec.signature.challengeSpent");
        }
        IecRecord record = lookUp(registration.iec())
                .orElseThrow(() -> StepRefusedException.global("registration.iec.dgftUnavailable"));
        List<DscHolder> holders = record.signatories().stream()
                .map(signatory -> new DscHolder(signatory.name(), signatory.pan()))
                .toList();
        DscVerification verification = verifier.verify(signature, step.challenge(), holders);
        step.record(signature, verification, clock.instant());
        if (verification.passed()) {
            String holder = verification.certificate().map(c -> c.holderName()).orElse("");
            registration.dscVerified(holder, keptUntil(), origin(remoteAddress));
            registrations.save(registration);
        }
        return verification;
    }

    // ----- Step 6: ICEGATE ID and password

    /**
     * Reserves the chosen ID for this registration (giving up one chosen before) and keeps the password's hash.
     * For an upgrade the ID is the simplified account's and its password stays; nothing is asked.
     */
    @Transactional
    void chooseId(UUID id, IcegateId chosen, String newPassword, String remoteAddress) {
        Registration registration = lockOpen(id, IecWizardStep.ID);
        Origin origin = origin(remoteAddress);
        if (registration.upgrade()) {
            registration.dscIdChosen(registration.icegateId().orElseThrow(), null, keptUntil(), origin);
            registrations.save(registration);
            return;
        }
        try {
            PasswordPolicy.require(newPassword, chosen.value());
        } catch (InvalidFieldException e) {
            throw new StepRefusedException("newPassword", e.messageKey(), e.arguments());
        }
        String holder = holder(registration);
        if (!icegateIds.reserve(chosen, holder)) {
            throw new StepRefusedException("icegateId", "registration.iec.id.taken");
        }
        registration
                .icegateId()
                .filter(earlier -> !earlier.key().equals(chosen.key()))
                .ifPresent(earlier -> icegateIds.release(earlier, holder));
        registration.dscIdChosen(chosen, passwordEncoder.encode(newPassword), keptUntil(), origin);
        registrations.save(registration);
    }

    // ----- Step 7: submit

    /** The registration enters the approval queue; the person is told its reference by email and SMS. */
    @Transactional
    Registration submit(UUID id, String remoteAddress) {
        Registration registration = lockOpen(id, IecWizardStep.SUBMIT);
        // A challenge renewed after the DSC passed stays DSC_VERIFIED; the recorded signature must pass again.
        boolean signed =
                dscSteps.findById(registration.id()).map(DscStep::passed).orElse(false);
        if (registration.status() != ID_CHOSEN || !signed) {
            throw StepRefusedException.global("registration.iec.submit.incomplete");
        }
        registration.submit(origin(remoteAddress));
        registrations.save(registration);
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = {registration.referenceNumber(), registration.iec()};
        notifications.email(
                registration.email(),
                messages.getMessage("registration.iec.notify.submitted.subject", args, locale),
                messages.getMessage("registration.iec.notify.submitted.email", args, locale));
        notifications.sms(
                registration.mobile(), messages.getMessage("registration.iec.notify.submitted.sms", args, locale));
        return registration;
    }

    // ----- Reading

    /**
     * The page to go on from (continuing with the reference ID, or opening a step not reached yet): the furthest
     * reached, or the documents while some are missing.
     */
    @Transactional(readOnly = true)
    IecWizardStep resumeAt(Registration registration) {
        IecWizardStep reached = IecWizardStep.reached(registration.status());
        if (reached == IecWizardStep.DSC && !documents.missing(registration).isEmpty()) {
            return IecWizardStep.DOCUMENTS;
        }
        return reached;
    }

    /** The registration of this flow, whatever its state. */
    @Transactional(readOnly = true)
    Registration find(UUID id) {
        return registrations.findDscByFlowKey(id).orElseThrow(() -> new FlowNotFoundException(id));
    }

    private Registration lock(UUID id) {
        return registrations.lockDscByFlowKey(id).orElseThrow(() -> new FlowNotFoundException(id));
    }

    /**
     * The registration, locked, when it is still open and has reached {@code step}: a step may be taken again
     * (back and forward) until the registration is submitted.
     */
    private Registration lockOpen(UUID id, IecWizardStep step) {
        Registration registration = lock(id);
        if (registration.hasRunOut(clock.instant())) {
            throw StepRefusedException.global("registration.iec.runOut");
        }
        if (!OPEN.contains(registration.status())) {
            throw StepRefusedException.global(
                    registration.status() == SUBMITTED
                            ? "registration.iec.alreadySubmitted"
                            : "registration.iec.closed");
        }
        if (!IecWizardStep.reached(registration.status()).allows(step)) {
            throw StepRefusedException.global("registration.iec.outOfOrder");
        }
        return registration;
    }

    /**
     * Ends drafts that nobody touched for {@code portal.registration.draft-lifetime}: the ICEGATE ID they held is
     * free again and their OTPs are spent. A submitted registration has no expiry and is never touched.
     *
     * @return how many were ended (at most {@code limit})
     */
    @Override
    @Transactional
    public int expireRunOut(int limit) {
        List<Registration> runOut = registrations.findRunOut(clock.instant(), PageRequest.of(0, limit));
        for (Registration registration : runOut) {
            registration.expire(Origin.system(clock.instant()));
            releaseId(registration);
            otps.spend(registration.otpOwner());
            registrations.save(registration);
        }
        return runOut.size();
    }

    @Override
    public RegistrationRoute route() {
        return RegistrationRoute.DSC;
    }

    private Instant keptUntil() {
        return clock.instant().plus(properties.draftLifetime());
    }

    static String holder(Registration registration) {
        return "registration:" + registration.id();
    }

    private void releaseId(Registration registration) {
        if (!registration.upgrade()) {
            registration.icegateId().ifPresent(id -> icegateIds.release(id, holder(registration)));
        }
    }

    private void sendOtps(Registration registration, IssuedCodes codes) {
        Locale locale = LocaleContextHolder.getLocale();
        notifications.email(
                registration.email(),
                messages.getMessage("registration.iec.notify.otp.subject", null, locale),
                messages.getMessage(
                        "registration.iec.notify.otp.email",
                        new Object[] {
                            registration.iec(),
                            codes.emailCode(),
                            registration.referenceNumber(),
                            otpProperties.lifetime().toHours()
                        },
                        locale));
        notifications.sms(
                registration.mobile(),
                messages.getMessage(
                        "registration.iec.notify.otp.sms",
                        new Object[] {registration.iec(), codes.mobileCode(), registration.referenceNumber()},
                        locale));
    }
}

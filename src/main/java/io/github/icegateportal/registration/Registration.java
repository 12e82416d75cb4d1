package io.github.icegateportal.registration;

import static io.github.icegateportal.registration.RegistrationStatus.ABANDONED;
import static io.github.icegateportal.registration.RegistrationStatus.ACTIVATED;
import static io.github.icegateportal.registration.RegistrationStatus.APPROVED;
import static io.github.icegateportal.registration.RegistrationStatus.COMPLETED;
import static io.github.icegateportal.registration.RegistrationStatus.EXPIRED;
import static io.github.icegateportal.registration.RegistrationStatus.REJECTED;

import io.github.icegateportal.registration.RegistrationStateMachine.Step;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One registration on ICEGATE, by either route, from its first screen to its end. Nothing sets its state from
 * outside: every step is a method that asks the route's {@link RegistrationStateMachine} where the step leads from
 * the current state, and throws {@link RegistrationStateException} where it does not allow the step, so a replayed
 * or out-of-order form is refused, never applied. Each step registers an event that is published when the repository saves the registration.
 *
 * <p>The {@link #id()} is random and is the key of a flow in progress (in the URL or a hidden field); the
 * {@link #referenceNumber()} is the random number people quote.
 */
@Entity
@Table(name = "registration")
public class Registration extends AbstractAggregateRoot<Registration> {

    @Id
    private UUID id;

    @Version
    private long version;

    /**
     * The IEC-based route's key in the wizard's URLs ({@code /registration/iec/{key}/...}), not the id: a new one is
     * drawn when the person continues with the reference ID, so an address seen earlier (a shared screen, the
     * browser history) stops working. Drawn when a Route B registration starts (V130 gave each earlier one its id);
     * null for the simplified route.
     */
    @Column(name = "flow_key")
    private UUID flowKey;

    @Column(name = "reference_number", nullable = false, unique = true, updatable = false)
    private String referenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RegistrationRoute route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;

    @Column(nullable = false, updatable = false)
    private String iec;

    private String gstin;

    @Column(nullable = false)
    private String pan;

    @Column(name = "firm_name")
    private String firmName;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String mobile;

    @Column(name = "alternate_email")
    private String alternateEmail;

    @Column(name = "alternate_mobile")
    private String alternateMobile;

    @Column(name = "icegate_id")
    private String icegateId;

    /** The chosen password, hashed by the portal's password encoder; cleared once the account holds it. */
    @Column(name = "password_hash")
    private String passwordHash;

    /** A DSC registration for an IEC that already has a simplified account: it keeps its ICEGATE ID. */
    @Column(nullable = false, updatable = false)
    private boolean upgrade;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the flow runs out (the current OTPs' expiry); null once nothing can expire any more. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    /** Route B: OTPs sent again on request, over the registration's whole life (not per batch of codes). */
    @Column(name = "otp_resends", nullable = false)
    private int otpResends;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Registration() {}

    protected Registration(
            RegistrationRoute route,
            RegistrationStatus initial,
            Iec iec,
            Gstin gstin,
            Pan pan,
            String firmName,
            EmailAddress email,
            MobileNumber mobile,
            boolean upgrade,
            Instant expiresAt,
            Origin origin) {
        this.id = UUID.randomUUID();
        this.referenceNumber = ReferenceNumber.next();
        this.route = Objects.requireNonNull(route);
        this.status = Objects.requireNonNull(initial);
        this.iec = iec.value();
        this.gstin = gstin == null ? null : gstin.value();
        this.pan = pan.value();
        this.firmName = firmName;
        this.email = email.value();
        this.mobile = mobile.value();
        this.upgrade = upgrade;
        this.createdAt = origin.at();
        this.updatedAt = origin.at();
        this.expiresAt = expiresAt;
        registerEvent(new RegistrationStarted(this.referenceNumber, route, iec, initial, origin));
    }

    /**
     * Route A, step 2 (the first screen) passed: IEC, GSTIN and temporary password belong together and the IEC may
     * register. The contacts are the ones GSTN holds.
     *
     * @param expiresAt when the flow runs out if the person goes no further
     */
    public static Registration startSimplified(
            Iec iec,
            Gstin gstin,
            String firmName,
            EmailAddress email,
            MobileNumber mobile,
            Instant expiresAt,
            Origin origin) {
        return new Registration(
                RegistrationRoute.SIMPLIFIED,
                RegistrationStateMachine.of(RegistrationRoute.SIMPLIFIED).initial(),
                iec,
                gstin,
                gstin.pan(),
                firmName,
                email,
                mobile,
                false,
                expiresAt,
                origin);
    }

    // ----- Route A steps

    /** Route A, step 3: the ICEGATE ID (already reserved for this registration) and the password, hashed. */
    public void chooseIcegateId(IcegateId chosen, String encodedPassword, Origin origin) {
        RegistrationStatus from = take(Step.CHOOSE_ICEGATE_ID, origin);
        this.icegateId = chosen.value();
        this.passwordHash = Objects.requireNonNull(encodedPassword);
        step(from, "ID_CHOSEN", "ICEGATE ID " + chosen + " chosen", origin);
    }

    /** Route A, step 4: OTPs went to the registered contacts (again, for a resend); the flow runs out with them. */
    public void otpsSent(Instant otpsExpireAt, Origin origin) {
        RegistrationStatus from = take(Step.OTPS_SENT, origin);
        this.expiresAt = otpsExpireAt;
        step(from, "OTP_SENT", "OTPs sent to the registered mobile and email", origin);
    }

    /** Route A, step 5: both OTPs matched (or, Case 2, the current ones opened the registration again). */
    public void otpsVerified(Origin origin) {
        RegistrationStatus from = take(Step.OTPS_VERIFIED, origin);
        step(from, "OTP_VERIFIED", "Registered mobile and email verified", origin);
    }

    /** Case 1.2: other contacts for the account; OTPs went to them (again, for a resend or other contacts). */
    public void alternateContactsGiven(
            EmailAddress alternateEmail, MobileNumber alternateMobile, Instant otpsExpireAt, Origin origin) {
        RegistrationStatus from = take(Step.ALTERNATE_CONTACTS_GIVEN, origin);
        this.alternateEmail = alternateEmail.value();
        this.alternateMobile = alternateMobile.value();
        this.expiresAt = otpsExpireAt;
        step(from, "ALTERNATE_OTP_SENT", "OTPs sent to alternate contacts", origin);
    }

    /** Case 1.2: both alternate OTPs matched. */
    public void alternateOtpsVerified(Origin origin) {
        RegistrationStatus from = take(Step.ALTERNATE_OTPS_VERIFIED, origin);
        step(from, "ALTERNATE_OTP_VERIFIED", "Alternate mobile and email verified", origin);
    }

    /**
     * Case 1.1 (Finish) or the end of Case 1.2: the account has been opened with {@link #accountEmail()} and
     * {@link #accountMobile()}; the password hash is not kept here any more.
     */
    public void complete(Origin origin) {
        take(Step.COMPLETE, origin);
        this.completedAt = origin.at();
        this.expiresAt = null;
        this.passwordHash = null;
        registerEvent(new RegistrationCompleted(
                this.referenceNumber,
                this.route,
                iec(),
                new IcegateId(this.icegateId),
                accountEmail(),
                accountMobile(),
                this.alternateEmail != null,
                origin));
    }

    // ----- Route B steps (IEC-based registration with a Class III DSC)

    /**
     * Route B, step 1 (IEC details) passed: IEC, PAN, email and mobile match DGFT's record and the IEC may register;
     * OTPs went to DGFT's contacts. For an upgrade ({@code existingAccountId} given) the ICEGATE ID is the simplified
     * account's.
     *
     * @param keptUntil when the unfinished registration is given up if the person goes no further
     */
    public static Registration startDsc(
            Iec iec,
            Pan pan,
            String firmName,
            EmailAddress email,
            MobileNumber mobile,
            IcegateId existingAccountId,
            Instant keptUntil,
            Origin origin) {
        Registration registration = new Registration(
                RegistrationRoute.DSC,
                RegistrationStateMachine.of(RegistrationRoute.DSC).initial(),
                iec,
                null,
                pan,
                firmName,
                email,
                mobile,
                existingAccountId != null,
                keptUntil,
                origin);
        if (existingAccountId != null) {
            registration.icegateId = existingAccountId.value();
        }
        registration.flowKey = UUID.randomUUID();
        return registration;
    }

    /** Route B: draws a new key for the wizard's URLs (continuing with the reference ID); the old one stops working. */
    public void rotateFlowKey() {
        this.flowKey = UUID.randomUUID();
    }

    /** Route B: OTPs sent afresh to DGFT's contacts (a resend, or continuing with the reference ID); keeps the state. */
    public void dscOtpsSent(Origin origin) {
        RegistrationStatus from = take(Step.DSC_OTPS_SENT, origin);
        step(from, "OTP_SENT", "OTPs sent to the mobile and email registered with the IEC", origin);
    }

    /** Route B: how often OTPs were sent again on request ("Resend OTP") so far, whether or not codes ran out between. */
    public int dscOtpResends() {
        return this.otpResends;
    }

    /**
     * Route B: OTPs sent again on request ("Resend OTP"), counted over the registration's whole life.
     *
     * @throws RegistrationStateException when {@code maxResends} were sent already
     */
    public void dscOtpsResent(int maxResends, Origin origin) {
        if (this.otpResends >= maxResends) {
            throw new RegistrationStateException("registration.iec.otp.resendLimit", this.status, "dscOtpsResent");
        }
        dscOtpsSent(origin);
        this.otpResends++;
    }

    /** Route B, step 2: both OTPs matched; the registration is kept until {@code keptUntil}. */
    public void dscOtpsVerified(Instant keptUntil, Origin origin) {
        RegistrationStatus from = take(Step.DSC_OTPS_VERIFIED, origin);
        this.expiresAt = keptUntil;
        step(from, "OTP_VERIFIED", "Mobile and email registered with the IEC verified", origin);
    }

    /** Route B, step 3: a KYC document was uploaded or replaced (also when going back from a later step). */
    public void documentUploaded(String document, Instant keptUntil, Origin origin) {
        RegistrationStatus from = take(Step.DOCUMENT_UPLOADED, origin);
        this.expiresAt = keptUntil;
        step(from, "DOCUMENT_UPLOADED", "KYC document " + document + " uploaded", origin);
    }

    /** Route B, step 4: a signature over the challenge passed every check (again, when signed anew). */
    public void dscVerified(String holderName, Instant keptUntil, Origin origin) {
        RegistrationStatus from = take(Step.SIGNATURE_VERIFIED, origin);
        this.expiresAt = keptUntil;
        step(from, "DSC_VERIFIED", "Class III DSC of " + holderName + " verified", origin);
    }

    /**
     * Route B, step 5: the ICEGATE ID (already reserved for this registration) and the password, hashed; chosen
     * again when the person comes back to the step. An upgrade keeps the account's ID and password (null).
     */
    public void dscIdChosen(IcegateId chosen, String encodedPassword, Instant keptUntil, Origin origin) {
        RegistrationStatus from = take(Step.DSC_ID_CHOSEN, origin);
        if (this.upgrade && !chosen.sameAs(icegateId().orElseThrow())) {
            throw new IllegalArgumentException("An upgrade keeps the account's ICEGATE ID");
        }
        if (!this.upgrade) {
            this.passwordHash = Objects.requireNonNull(encodedPassword);
        }
        this.icegateId = chosen.value();
        this.expiresAt = keptUntil;
        step(from, "ID_CHOSEN", "ICEGATE ID " + chosen + (this.upgrade ? " kept" : " chosen"), origin);
    }

    // ----- Both routes

    /** The flow ran out; the caller releases {@link #icegateId()} if it held one. */
    public void expire(Origin origin) {
        RegistrationStatus from = take(Step.EXPIRE, origin);
        this.expiresAt = null;
        this.passwordHash = null;
        registerEvent(new RegistrationExpired(this.referenceNumber, this.route, iec(), from, origin));
    }

    /** The person started again; the caller releases {@link #icegateId()} if it held one. */
    public void abandon(Origin origin) {
        RegistrationStatus from = take(Step.ABANDON, origin);
        this.expiresAt = null;
        this.passwordHash = null;
        registerEvent(new RegistrationAbandoned(this.referenceNumber, this.route, iec(), from, origin));
    }

    // ----- Route B: submission and what follows it

    /** Route B, step 6: the registration enters the approval queue; it no longer runs out. */
    public void submit(Origin origin) {
        take(Step.SUBMIT, origin);
        this.submittedAt = origin.at();
        this.expiresAt = null;
        registerEvent(new RegistrationSubmitted(this.referenceNumber, this.route, iec(), origin));
    }

    /** An admin ({@code origin.actor()}) approves. */
    public void approve(Origin origin) {
        take(Step.APPROVE, origin);
        this.decidedBy = origin.actor();
        this.decidedAt = origin.at();
        registerEvent(new RegistrationApproved(this.referenceNumber, this.route, iec(), origin));
    }

    /** An admin ({@code origin.actor()}) rejects, with a reason the person is told. */
    public void reject(String reason, Origin origin) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        take(Step.REJECT, origin);
        this.decidedBy = origin.actor();
        this.decidedAt = origin.at();
        this.rejectionReason = reason.strip();
        this.passwordHash = null;
        registerEvent(new RegistrationRejected(this.referenceNumber, this.route, iec(), this.rejectionReason, origin));
    }

    /** The holder followed the activation link. */
    public void activate(Origin origin) {
        take(Step.ACTIVATE, origin);
        this.completedAt = origin.at();
        this.passwordHash = null;
        registerEvent(new RegistrationActivated(this.referenceNumber, this.route, iec(), origin));
    }

    // ----- For the steps of either route

    /**
     * Takes {@code step}: moves to the state the route's table says it leads to from the current one (the same state
     * for a step taken again); where the table does not allow it, throws with a message that says why (ran out,
     * already finished, already decided, or out of order).
     *
     * @return the state it was in
     */
    private RegistrationStatus take(Step step, Origin origin) {
        RegistrationStatus next = stateMachine()
                .next(this.status, step)
                .orElseThrow(() -> new RegistrationStateException(refusalKey(), this.status, step.method()));
        RegistrationStatus from = this.status;
        this.status = next;
        this.updatedAt = origin.at();
        return from;
    }

    /** Records a step that has no event of its own. */
    protected void step(RegistrationStatus from, String step, String details, Origin origin) {
        registerEvent(new RegistrationStepTaken(
                this.referenceNumber, this.route, iec(), from, this.status, step, details, origin));
    }

    private String refusalKey() {
        return switch (this.status) {
            case EXPIRED -> "registration.state.expired";
            case ABANDONED -> "registration.state.abandoned";
            case COMPLETED, ACTIVATED -> "registration.state.finished";
            case APPROVED, REJECTED -> "registration.state.decided";
            default -> "registration.state.outOfOrder";
        };
    }

    /** Whether the flow has run out at {@code now} but is not marked so yet. */
    public boolean hasRunOut(Instant now) {
        return this.expiresAt != null
                && !now.isBefore(this.expiresAt)
                && !stateMachine().isEnded(this.status);
    }

    private RegistrationStateMachine stateMachine() {
        return RegistrationStateMachine.of(this.route);
    }

    /** The events of the steps taken since the repository last saved this registration. */
    java.util.List<Object> pendingEvents() {
        return java.util.List.copyOf(domainEvents());
    }

    /**
     * The owner name of this registration's one-time codes in the OTP module, and the holder under which it reserves
     * its ICEGATE ID in the ID table.
     */
    public String otpOwner() {
        return "registration:" + this.id;
    }

    // ----- Read access

    public UUID id() {
        return this.id;
    }

    /** The key of the IEC-based route's wizard in its URLs (see the field); null on Route A, which has none. */
    public UUID flowKey() {
        return this.flowKey;
    }

    public long version() {
        return this.version;
    }

    public String referenceNumber() {
        return this.referenceNumber;
    }

    public RegistrationRoute route() {
        return this.route;
    }

    public RegistrationStatus status() {
        return this.status;
    }

    public Iec iec() {
        return new Iec(this.iec);
    }

    public Optional<Gstin> gstin() {
        return Optional.ofNullable(this.gstin).map(Gstin::new);
    }

    public Pan pan() {
        return new Pan(this.pan);
    }

    public String firmName() {
        return this.firmName;
    }

    /** The registered email (GSTN's for Route A, DGFT's for Route B). */
    public EmailAddress email() {
        return new EmailAddress(this.email);
    }

    /** The registered mobile (GSTN's for Route A, DGFT's for Route B). */
    public MobileNumber mobile() {
        return new MobileNumber(this.mobile);
    }

    public Optional<EmailAddress> alternateEmail() {
        return Optional.ofNullable(this.alternateEmail).map(EmailAddress::new);
    }

    public Optional<MobileNumber> alternateMobile() {
        return Optional.ofNullable(this.alternateMobile).map(MobileNumber::new);
    }

    /** The email the account gets: the alternate one if the person gave one (Case 1.2), else the registered one. */
    public EmailAddress accountEmail() {
        return alternateEmail().orElseGet(this::email);
    }

    /** The mobile the account gets: the alternate one if the person gave one (Case 1.2), else the registered one. */
    public MobileNumber accountMobile() {
        return alternateMobile().orElseGet(this::mobile);
    }

    public Optional<IcegateId> icegateId() {
        return Optional.ofNullable(this.icegateId).map(IcegateId::new);
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(this.passwordHash);
    }

    public boolean upgrade() {
        return this.upgrade;
    }

    public Instant createdAt() {
        return this.createdAt;
    }

    public Instant updatedAt() {
        return this.updatedAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(this.expiresAt);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(this.submittedAt);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(this.decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(this.decidedAt);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(this.rejectionReason);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(this.completedAt);
    }
}

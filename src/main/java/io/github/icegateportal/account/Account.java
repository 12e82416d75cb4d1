package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An ICEGATE account. Every change goes through a method that checks it is allowed. */
@Entity
@Table(name = "accounts")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "icegate_id")
    private String icegateId;

    @Column(name = "icegate_id_key")
    private String icegateIdKey;

    private String iec;

    private String gstin;

    @Column(name = "firm_name")
    private String firmName;

    @Enumerated(EnumType.STRING)
    private AccountKind kind;

    @Enumerated(EnumType.STRING)
    private AccountRoute route;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    @Column(name = "may_file")
    private boolean mayFile;

    private String email;

    private String mobile;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "login_otp")
    private boolean loginOtp;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Account() {}

    Account(NewAccount account, AccountRoute route, AccountStatus status, String passwordHash, Instant now) {
        this.icegateId = account.icegateId().value();
        this.icegateIdKey = account.icegateId().key();
        this.kind = AccountKind.HOLDER;
        this.iec = account.iec().value();
        this.gstin = account.gstin() == null ? null : account.gstin().value();
        this.firmName = account.firmName();
        this.route = route;
        this.status = status;
        this.mayFile = false;
        this.email = account.email().value();
        this.mobile = account.mobile().value();
        this.passwordHash = passwordHash;
        this.loginOtp = false;
        this.passwordChangedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** An issuing office's account: no IEC, no route, active at once; it never files. */
    Account(
            IcegateId icegateId,
            String name,
            EmailAddress email,
            MobileNumber mobile,
            String passwordHash,
            Instant now) {
        this.kind = AccountKind.OFFICE;
        this.icegateId = icegateId.value();
        this.icegateIdKey = icegateId.key();
        this.firmName = name;
        this.status = AccountStatus.ACTIVE;
        this.email = email.value();
        this.mobile = mobile.value();
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The admin disables an office (it can no longer log in) or enables it again; false when nothing changes. */
    boolean changeDisabled(boolean disabled, Instant now) {
        AccountStatus wanted = disabled ? AccountStatus.DISABLED : AccountStatus.ACTIVE;
        if (kind != AccountKind.OFFICE) {
            throw new IllegalStateException("Only an office is disabled by the admin");
        }
        if (status == wanted) {
            return false;
        }
        status = wanted;
        updatedAt = now;
        return true;
    }

    /** A DSC account becomes active (and may file) when its activation link is used; an active one stays as it is. */
    boolean activate(Instant now) {
        if (status != AccountStatus.PENDING_ACTIVATION) {
            return false;
        }
        status = AccountStatus.ACTIVE;
        mayFile = route == AccountRoute.DSC;
        updatedAt = now;
        return true;
    }

    /** The DSC registration for this IEC was activated: the account now files like any DSC account. */
    boolean grantFiling(Instant now) {
        if (mayFile && route == AccountRoute.DSC) {
            return false;
        }
        route = AccountRoute.DSC;
        mayFile = true;
        updatedAt = now;
        return true;
    }

    void changePasswordHash(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        updatedAt = now;
        if (status == AccountStatus.LOCKED) {
            status = AccountStatus.ACTIVE;
        }
    }

    /** A stronger hash of the same password (parameters raised since it was made); not a password change. */
    void rehash(String newHash) {
        passwordHash = newHash;
    }

    void changeLoginOtp(boolean required, Instant now) {
        loginOtp = required;
        updatedAt = now;
    }

    void changeEmail(EmailAddress newEmail, Instant now) {
        email = newEmail.value();
        updatedAt = now;
    }

    void changeMobile(MobileNumber newMobile, Instant now) {
        mobile = newMobile.value();
        updatedAt = now;
    }

    AccountView view() {
        return new AccountView(
                kind,
                icegateId(),
                iec(),
                firmName,
                route,
                status,
                mayFile && status == AccountStatus.ACTIVE,
                email(),
                mobile());
    }

    Long id() {
        return id;
    }

    IcegateId icegateId() {
        return new IcegateId(icegateId);
    }

    String icegateIdKey() {
        return icegateIdKey;
    }

    /** The IEC a holder holds; null for every other kind. */
    Iec iec() {
        return iec == null ? null : new Iec(iec);
    }

    AccountKind kind() {
        return kind;
    }

    String firmName() {
        return firmName;
    }

    AccountRoute route() {
        return route;
    }

    AccountStatus status() {
        return status;
    }

    EmailAddress email() {
        return new EmailAddress(email);
    }

    MobileNumber mobile() {
        return new MobileNumber(mobile);
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean loginOtp() {
        return loginOtp;
    }

    long version() {
        return version;
    }
}

package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.shared.field.PasswordPolicy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issuing offices (seeds/003): accounts of kind {@link AccountKind#OFFICE} with a city and named signatories, kept
 * by the admin. Every change is audited ({@link OfficeChanged}); disabling an office or resetting its password ends
 * its sessions at once.
 */
@Service
public class IssuingOffices {

    /** What the admin types to create an office; its password is made here and shown once. */
    record NewOffice(
            IcegateId icegateId,
            String name,
            String city,
            EmailAddress email,
            MobileNumber mobile,
            String signatoryName,
            Pan signatoryPan,
            String signatoryDesignation) {}

    /** An office just created, with its one-time password to hand over. */
    record CreatedOffice(OfficeView office, String password) {}

    private final AccountRepository accounts;
    private final IcegateIds icegateIds;
    private final PasswordHistory passwordHistory;
    private final PasswordEncoder passwordEncoder;
    private final OtherSessions sessions;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IssuingOffices(
            AccountRepository accounts,
            IcegateIds icegateIds,
            PasswordHistory passwordHistory,
            PasswordEncoder passwordEncoder,
            OtherSessions sessions,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.icegateIds = icegateIds;
        this.passwordHistory = passwordHistory;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Every office, by name. */
    @Transactional(readOnly = true)
    public List<OfficeView> all() {
        var signatories = signatoriesByOffice(null);
        return jdbc.sql("""
                        SELECT a.id, a.icegate_id, a.firm_name, o.city, a.status, a.email, a.mobile
                        FROM accounts a JOIN issuing_offices o ON o.account_id = a.id
                        ORDER BY a.firm_name, a.id""").query((rs, row) -> view(rs, signatories)).list();
    }

    /** The office with this ICEGATE ID (in any case), active or not. */
    @Transactional(readOnly = true)
    public Optional<OfficeView> byIcegateId(IcegateId icegateId) {
        return accounts.findByIcegateIdKey(icegateId.key())
                .filter(account -> account.kind() == AccountKind.OFFICE)
                .flatMap(account -> byId(account.id()));
    }

    @Transactional(readOnly = true)
    public Optional<OfficeView> byId(long id) {
        var signatories = signatoriesByOffice(id);
        return jdbc.sql("""
                        SELECT a.id, a.icegate_id, a.firm_name, o.city, a.status, a.email, a.mobile
                        FROM accounts a JOIN issuing_offices o ON o.account_id = a.id
                        WHERE a.id = ?""").param(id).query((rs, row) -> view(rs, signatories)).optional();
    }

    /**
     * Creates an active office with one signatory and a random password (shown once to the admin).
     *
     * @throws IcegateIdTakenException when an account, an office or a pending registration holds the ID
     */
    @Transactional
    CreatedOffice create(NewOffice request, String actor, String remoteAddress) {
        if (!icegateIds.reserve(request.icegateId(), "office:" + request.name())) {
            throw new IcegateIdTakenException(request.icegateId());
        }
        Instant now = clock.instant();
        String password = PasswordPolicy.random();
        String hash = passwordEncoder.encode(password);
        Account account = accounts.saveAndFlush(
                new Account(request.icegateId(), request.name(), request.email(), request.mobile(), hash, now));
        passwordHistory.remember(account.id(), hash, now);
        jdbc.sql("INSERT INTO issuing_offices (account_id, city) VALUES (?, ?)")
                .params(account.id(), request.city())
                .update();
        insertSignatory(account.id(), request.signatoryName(), request.signatoryPan(), request.signatoryDesignation());
        publish(account, "OFFICE_CREATED", request.name() + ", " + request.city(), actor, remoteAddress);
        return new CreatedOffice(byId(account.id()).orElseThrow(), password);
    }

    /** Disables an office (it can no longer log in, its sessions end) or enables it again. */
    @Transactional
    void setDisabled(long id, boolean disabled, String actor, String remoteAddress) {
        Account account = office(id);
        if (account.changeDisabled(disabled, clock.instant())) {
            publish(account, disabled ? "OFFICE_DISABLED" : "OFFICE_ENABLED", account.firmName(), actor, remoteAddress);
        }
        if (disabled) {
            sessions.endAllBut(account.icegateIdKey(), null);
        }
    }

    /** A new random password for the office (shown once to the admin); its sessions end. */
    @Transactional
    String resetPassword(long id, String actor, String remoteAddress) {
        Account account = office(id);
        Instant now = clock.instant();
        String password = PasswordPolicy.random();
        String hash = passwordEncoder.encode(password);
        account.changePasswordHash(hash, now);
        passwordHistory.remember(account.id(), hash, now);
        sessions.endAllBut(account.icegateIdKey(), null);
        publish(account, "OFFICE_PASSWORD_RESET", "new password handed over by the admin", actor, remoteAddress);
        return password;
    }

    /** @return false when the office has a signatory with this PAN already */
    @Transactional
    boolean addSignatory(long id, String name, Pan pan, String designation, String actor, String remoteAddress) {
        Account account = office(id);
        boolean known = jdbc.sql("SELECT COUNT(*) FROM office_signatories WHERE account_id = ? AND pan = ?")
                        .params(id, pan.value())
                        .query(Long.class)
                        .single()
                > 0;
        if (known) {
            return false;
        }
        insertSignatory(id, name, pan, designation);
        publish(
                account,
                "OFFICE_SIGNATORY_ADDED",
                name + ", " + pan.value() + ", " + designation,
                actor,
                remoteAddress);
        return true;
    }

    @Transactional
    void removeSignatory(long id, long signatoryId, String actor, String remoteAddress) {
        Account account = office(id);
        var removed = jdbc.sql("SELECT name, pan FROM office_signatories WHERE id = ? AND account_id = ?")
                .params(signatoryId, id)
                .query((rs, row) -> rs.getString("name") + ", " + rs.getString("pan"))
                .optional();
        if (removed.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM office_signatories WHERE id = ?")
                .param(signatoryId)
                .update();
        publish(account, "OFFICE_SIGNATORY_REMOVED", removed.get(), actor, remoteAddress);
    }

    private Account office(long id) {
        return accounts.findById(id)
                .filter(account -> account.kind() == AccountKind.OFFICE)
                .orElseThrow(() -> new UnknownOfficeException(id));
    }

    private void insertSignatory(long officeId, String name, Pan pan, String designation) {
        jdbc.sql("""
                        INSERT INTO office_signatories (account_id, name, pan, designation, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(officeId, name.strip(), pan.value(), designation.strip(), Timestamp.from(clock.instant()))
                .update();
    }

    private Map<Long, List<OfficeView.Signatory>> signatoriesByOffice(Long officeId) {
        return jdbc
                .sql("""
                        SELECT id, account_id, name, pan, designation FROM office_signatories
                        WHERE (CAST(? AS BIGINT) IS NULL OR account_id = ?) ORDER BY id""")
                .params(officeId, officeId)
                .query((rs, row) -> Map.entry(
                        rs.getLong("account_id"),
                        new OfficeView.Signatory(
                                rs.getLong("id"),
                                rs.getString("name"),
                                new Pan(rs.getString("pan")),
                                rs.getString("designation"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static OfficeView view(java.sql.ResultSet rs, Map<Long, List<OfficeView.Signatory>> signatories)
            throws java.sql.SQLException {
        long id = rs.getLong("id");
        return new OfficeView(
                id,
                new IcegateId(rs.getString("icegate_id")),
                rs.getString("firm_name"),
                rs.getString("city"),
                AccountStatus.valueOf(rs.getString("status")),
                new EmailAddress(rs.getString("email")),
                new MobileNumber(rs.getString("mobile")),
                signatories.getOrDefault(id, List.of()));
    }

    private void publish(Account account, String action, String details, String actor, String remoteAddress) {
        events.publishEvent(
                new OfficeChanged(account.icegateId().value(), action, details, actor, remoteAddress, clock.instant()));
    }
}

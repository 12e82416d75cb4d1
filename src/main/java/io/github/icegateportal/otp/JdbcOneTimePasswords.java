package io.github.icegateportal.otp;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Codes in the {@code otp_codes} table, one row per owner. Every change is a conditional update on the row's
 * version, retried after re-reading when another request changed the row first: two checks at once can
 * neither lose a counted wrong try nor both pass codes that one of them spent.
 */
@Service
class JdbcOneTimePasswords implements OneTimePasswords {

    static final String MOBILE = "mobile";
    static final String EMAIL = "email";
    private static final int CONFLICT_RETRIES = 20;

    private final JdbcClient jdbc;
    private final OtpHasher hasher;
    private final OtpProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JdbcOneTimePasswords(JdbcClient jdbc, OtpHasher hasher, OtpProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public IssuedCodes issue(String owner) {
        requireOwner(owner);
        var now = clock.instant();
        var codes = newCodes(now);
        var row = new Object[] {
            hasher.hash(owner, MOBILE, codes.mobileCode()),
            hasher.hash(owner, EMAIL, codes.emailCode()),
            at(now),
            at(codes.expiresAt()),
            owner
        };
        String replace = """
                UPDATE otp_codes SET mobile_hash = ?, email_hash = ?, mobile_failures = 0, email_failures = 0,
                       resends = 0, issued_at = ?, expires_at = ?, spent_at = NULL, version = version + 1
                 WHERE owner = ?""";
        if (jdbc.sql(replace).params(row).update() == 0) {
            try {
                jdbc.sql("""
                                INSERT INTO otp_codes (mobile_hash, email_hash, issued_at, expires_at, owner,
                                       mobile_failures, email_failures, resends, version)
                                VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0)""").params(row).update();
            } catch (DuplicateKeyException issuedAtTheSameMoment) {
                jdbc.sql(replace).params(row).update();
            }
        }
        return codes;
    }

    @Override
    @Transactional(noRollbackFor = OtpResendLimitException.class)
    public IssuedCodes resend(String owner) {
        for (int attempt = 0; attempt < CONFLICT_RETRIES; attempt++) {
            var row = load(owner).orElseThrow(() -> new IllegalStateException("No codes were issued for " + owner));
            var now = clock.instant();
            if (row.spent() || row.expiredAt(now)) {
                throw OtpResendLimitException.noLiveCodes();
            }
            if (row.resends() >= properties.maxResends()) {
                throw OtpResendLimitException.limitReached(properties.maxResends());
            }
            var wait = Duration.between(now, row.issuedAt().plus(properties.resendInterval()));
            if (!wait.isNegative() && !wait.isZero()) {
                throw OtpResendLimitException.tooSoon(wait, properties.maxResends() - row.resends());
            }
            var codes = newCodes(now);
            int updated = jdbc.sql("""
                            UPDATE otp_codes SET mobile_hash = ?, email_hash = ?, mobile_failures = 0,
                                   email_failures = 0, resends = resends + 1, issued_at = ?, expires_at = ?,
                                   version = version + 1
                             WHERE owner = ? AND version = ?""")
                    .params(
                            hasher.hash(owner, MOBILE, codes.mobileCode()),
                            hasher.hash(owner, EMAIL, codes.emailCode()),
                            at(now),
                            at(codes.expiresAt()),
                            owner,
                            row.version())
                    .update();
            if (updated == 1) {
                return codes;
            }
        }
        throw conflict(owner);
    }

    @Override
    public int resendsLeft(String owner) {
        return load(owner)
                .map(row -> Math.max(0, properties.maxResends() - row.resends()))
                .orElse(0);
    }

    @Override
    @Transactional
    public OtpCheck verify(String owner, String mobileCode, String emailCode) {
        return check(owner, mobileCode, emailCode, false);
    }

    @Override
    @Transactional
    public OtpCheck verifyAndSpend(String owner, String mobileCode, String emailCode) {
        return check(owner, mobileCode, emailCode, true);
    }

    private OtpCheck check(String owner, String mobileCode, String emailCode, boolean spendWhenBothMatch) {
        for (int attempt = 0; attempt < CONFLICT_RETRIES; attempt++) {
            var found = load(owner);
            if (found.isEmpty() || found.get().spent()) {
                return new OtpCheck(OtpOutcome.MISSING, OtpOutcome.MISSING, false);
            }
            var row = found.get();
            var now = clock.instant();
            if (row.expiredAt(now)) {
                return new OtpCheck(OtpOutcome.EXPIRED, OtpOutcome.EXPIRED, false);
            }
            var mobile = judge(row.mobileHash(), row.mobileFailures(), owner, MOBILE, mobileCode);
            var email = judge(row.emailHash(), row.emailFailures(), owner, EMAIL, emailCode);
            boolean spend = spendWhenBothMatch && mobile == OtpOutcome.MATCH && email == OtpOutcome.MATCH;
            // Written even when nothing was wrong: the version check orders this check against a concurrent spend.
            int updated = jdbc.sql("""
                            UPDATE otp_codes SET mobile_failures = ?, email_failures = ?, spent_at = ?,
                                   version = version + 1
                             WHERE owner = ? AND version = ? AND spent_at IS NULL""")
                    .params(
                            row.mobileFailures() + counted(row.mobileFailures(), mobile),
                            row.emailFailures() + counted(row.emailFailures(), email),
                            spend ? at(now) : null,
                            owner,
                            row.version())
                    .update();
            if (updated == 1) {
                return new OtpCheck(mobile, email, row.resends() < properties.maxResends());
            }
        }
        throw conflict(owner);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean matchesCurrent(String owner, String mobileCode, String emailCode) {
        return load(owner)
                .filter(row -> !row.spent() && !row.expiredAt(clock.instant()))
                .filter(row -> judge(row.mobileHash(), row.mobileFailures(), owner, MOBILE, mobileCode)
                                == OtpOutcome.MATCH
                        && judge(row.emailHash(), row.emailFailures(), owner, EMAIL, emailCode) == OtpOutcome.MATCH)
                .isPresent();
    }

    @Override
    @Transactional
    public boolean spend(String owner) {
        return jdbc.sql("""
                        UPDATE otp_codes SET spent_at = ?, version = version + 1
                         WHERE owner = ? AND spent_at IS NULL""").params(at(clock.instant()), owner).update() == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> expiresAt(String owner) {
        return load(owner).filter(row -> !row.spent()).map(CodeRow::expiresAt);
    }

    /** MATCH, WRONG (a try counted), or EXHAUSTED (tries used up before, or by this try). */
    private OtpOutcome judge(String storedHash, int failures, String owner, String channel, String code) {
        if (failures >= properties.maxAttempts()) {
            return OtpOutcome.EXHAUSTED;
        }
        if (code != null && hasher.matches(storedHash, owner, channel, code.strip())) {
            return OtpOutcome.MATCH;
        }
        return failures + 1 >= properties.maxAttempts() ? OtpOutcome.EXHAUSTED : OtpOutcome.WRONG;
    }

    /** 1 when this try was wrong and still counted: a code whose tries were used up before counts no more. */
    private int counted(int failuresBefore, OtpOutcome outcome) {
        boolean wrongTry = outcome == OtpOutcome.WRONG
                || (outcome == OtpOutcome.EXHAUSTED && failuresBefore < properties.maxAttempts());
        return wrongTry ? 1 : 0;
    }

    private IssuedCodes newCodes(Instant now) {
        String mobile = sixDigits();
        String email = sixDigits();
        while (email.equals(mobile)) {
            email = sixDigits();
        }
        return new IssuedCodes(mobile, email, now.plus(properties.lifetime()));
    }

    private String sixDigits() {
        return "%06d".formatted(random.nextInt(1_000_000));
    }

    private Optional<CodeRow> load(String owner) {
        return jdbc.sql("""
                        SELECT mobile_hash, email_hash, mobile_failures, email_failures, resends, issued_at,
                               expires_at, spent_at, version
                          FROM otp_codes WHERE owner = ?""").param(owner).query(JdbcOneTimePasswords::toRow).optional();
    }

    private static CodeRow toRow(ResultSet rs, int rowNum) throws SQLException {
        return new CodeRow(
                rs.getString("mobile_hash"),
                rs.getString("email_hash"),
                rs.getInt("mobile_failures"),
                rs.getInt("email_failures"),
                rs.getInt("resends"),
                instant(rs, "issued_at"),
                instant(rs, "expires_at"),
                instant(rs, "spent_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void requireOwner(String owner) {
        if (owner == null || owner.isBlank() || owner.length() > 200) {
            throw new IllegalArgumentException("An owner of 1 to 200 characters is needed");
        }
    }

    private static ConcurrencyFailureException conflict(String owner) {
        return new ConcurrencyFailureException("The codes of " + owner + " kept changing; try again");
    }

    record CodeRow(
            String mobileHash,
            String emailHash,
            int mobileFailures,
            int emailFailures,
            int resends,
            Instant issuedAt,
            Instant expiresAt,
            Instant spentAt,
            long version) {

        boolean spent() {
            return spentAt != null;
        }

        boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}

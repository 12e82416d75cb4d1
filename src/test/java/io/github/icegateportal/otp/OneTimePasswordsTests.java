package io.github.icegateportal.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PortalTest
class OneTimePasswordsTests {

    @Autowired
    OneTimePasswords otps;

    @Autowired
    OtpProperties properties;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OtpSweep sweep;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String owner() {
        return "test:" + UUID.randomUUID();
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @ParameterizedTest(name = "mobile {0}, email {1} -> {2}, {3}")
    @CsvSource({
        "right, right, MATCH, MATCH",
        "right, wrong, MATCH, WRONG",
        "wrong, right, WRONG, MATCH",
        "wrong, wrong, WRONG, WRONG",
        "empty, right, WRONG, MATCH",
        "right, 12345, MATCH, WRONG",
        "spaced, spaced, MATCH, MATCH"
    })
    void eachCodeIsJudgedOnItsOwn(String mobileEntered, String emailEntered, OtpOutcome mobile, OtpOutcome email) {
        var owner = owner();
        var codes = otps.issue(owner);

        var check = otps.verify(
                owner, entered(mobileEntered, codes.mobileCode()), entered(emailEntered, codes.emailCode()));

        assertThat(check.mobile()).isEqualTo(mobile);
        assertThat(check.email()).isEqualTo(email);
        assertThat(check.bothMatch()).isEqualTo(mobile == OtpOutcome.MATCH && email == OtpOutcome.MATCH);
        assertThat(check.mustStartAgain()).isFalse();
    }

    private static String entered(String kind, String code) {
        return switch (kind) {
            case "right" -> code;
            case "wrong" -> wrong(code);
            case "empty" -> "";
            case "spaced" -> " " + code + " ";
            default -> kind;
        };
    }

    @Test
    void codesAreSixDigitsOneForEachChannelAndLiveForTheConfiguredLifetime() {
        var codes = otps.issue(owner());

        assertThat(codes.mobileCode()).matches("\\d{6}");
        assertThat(codes.emailCode()).matches("\\d{6}").isNotEqualTo(codes.mobileCode());
        assertThat(codes.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(2)));
        assertThat(codes.toString()).doesNotContain(codes.mobileCode(), codes.emailCode());
    }

    @Test
    void onlyKeyedHashesAreStoredWithASecretOfTheInstallation() {
        var owner = owner();
        var codes = otps.issue(owner);

        var stored = jdbc.queryForMap("SELECT mobile_hash, email_hash FROM otp_codes WHERE owner = ?", owner);
        assertThat(stored.values()).allSatisfy(hash -> assertThat((String) hash)
                .matches("[0-9a-f]{64}")
                .doesNotContain(codes.mobileCode())
                .doesNotContain(codes.emailCode()));
        assertThat(stored.get("mobile_hash")).isNotEqualTo(stored.get("email_hash"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM otp_secret", Integer.class))
                .isOne();
        assertThat(jdbc.queryForObject("SELECT octet_length(secret) FROM otp_secret", Integer.class))
                .isEqualTo(32);
    }

    @Test
    void codesExpireAfterTheLifetimeAndThenThePersonStartsAgain() {
        var owner = owner();
        var codes = otps.issue(owner);

        clock.advance(properties.lifetime().minusSeconds(1));
        assertThat(otps.matchesCurrent(owner, codes.mobileCode(), codes.emailCode()))
                .isTrue();
        assertThat(otps.verify(owner, codes.mobileCode(), codes.emailCode()).bothMatch())
                .isTrue();

        clock.advance(Duration.ofSeconds(1));
        var check = otps.verify(owner, codes.mobileCode(), codes.emailCode());
        assertThat(check.mobile()).isEqualTo(OtpOutcome.EXPIRED);
        assertThat(check.email()).isEqualTo(OtpOutcome.EXPIRED);
        assertThat(check.mustStartAgain()).isTrue();
        assertThat(otps.matchesCurrent(owner, codes.mobileCode(), codes.emailCode()))
                .isFalse();
        assertThatThrownBy(() -> otps.resend(owner))
                .isInstanceOfSatisfying(OtpResendLimitException.class, e -> assertThat(e.mustStartAgain())
                        .isTrue());
    }

    @Test
    void aCodeAllowsMaxAttemptsWrongTriesWithoutSpendingTheOtherCode() {
        var owner = owner();
        var codes = otps.issue(owner);

        for (int i = 1; i < properties.maxAttempts(); i++) {
            var check = otps.verify(owner, wrong(codes.mobileCode()), codes.emailCode());
            assertThat(check.mobile()).as("wrong try %d", i).isEqualTo(OtpOutcome.WRONG);
            assertThat(check.email()).isEqualTo(OtpOutcome.MATCH);
        }
        var last = otps.verify(owner, wrong(codes.mobileCode()), codes.emailCode());
        assertThat(last.mobile()).isEqualTo(OtpOutcome.EXHAUSTED);
        assertThat(last.mustResend()).isTrue();
        assertThat(last.mustStartAgain()).isFalse();

        var afterwards = otps.verify(owner, codes.mobileCode(), codes.emailCode());
        assertThat(afterwards.mobile()).isEqualTo(OtpOutcome.EXHAUSTED);
        assertThat(afterwards.email()).isEqualTo(OtpOutcome.MATCH);
        assertThat(otps.matchesCurrent(owner, codes.mobileCode(), codes.emailCode()))
                .isFalse();
    }

    @Test
    void matchesCurrentCountsNoTriesAndLeavesTheCodesUsable() {
        var owner = owner();
        var codes = otps.issue(owner);

        for (int i = 0; i < properties.maxAttempts() + 2; i++) {
            assertThat(otps.matchesCurrent(owner, wrong(codes.mobileCode()), codes.emailCode()))
                    .isFalse();
        }
        assertThat(otps.verify(owner, codes.mobileCode(), codes.emailCode()).bothMatch())
                .isTrue();
        assertThat(otps.matchesCurrent(owner, codes.mobileCode(), codes.emailCode()))
                .as("verified codes still open a resume")
                .isTrue();
        assertThat(otps.matchesCurrent(owner(), codes.mobileCode(), codes.emailCode()))
                .as("codes of another owner")
                .isFalse();
    }

    @Test
    void resendIsThrottledThenGivesNewCodesWithFreshCountsReplacingTheOld() {
        var owner = owner();
        var first = otps.issue(owner);
        for (int i = 0; i < properties.maxAttempts(); i++) {
            otps.verify(owner, wrong(first.mobileCode()), first.emailCode());
        }

        clock.advance(Duration.ofSeconds(20));
        assertThatThrownBy(() -> otps.resend(owner)).isInstanceOfSatisfying(OtpResendLimitException.class, e -> {
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(40));
            assertThat(e.mustStartAgain()).isFalse();
            assertThat(e.messageKey()).isEqualTo("otp.resend.tooSoon");
            assertThat(e.messageArguments()).containsExactly(40L, properties.maxResends());
        });
        assertThat(otps.resendsLeft(owner)).isEqualTo(properties.maxResends());

        clock.advance(Duration.ofSeconds(40));
        var second = otps.resend(owner);
        assertThat(otps.resendsLeft(owner)).isEqualTo(properties.maxResends() - 1);
        assertThat(second.expiresAt()).isEqualTo(clock.instant().plus(properties.lifetime()));
        assertThat(otps.matchesCurrent(owner, first.mobileCode(), first.emailCode()))
                .isFalse();
        var check = otps.verify(owner, second.mobileCode(), second.emailCode());
        assertThat(check.bothMatch()).as("fresh counts after the resend").isTrue();
    }

    @Test
    void afterTheLastResendsTriesAreSpentThePersonMustStartAgain() {
        var owner = owner();
        var codes = otps.issue(owner);
        for (int resend = 1; resend <= properties.maxResends(); resend++) {
            clock.advance(properties.resendInterval());
            codes = otps.resend(owner);
        }
        clock.advance(properties.resendInterval());
        assertThatThrownBy(() -> otps.resend(owner)).isInstanceOfSatisfying(OtpResendLimitException.class, e -> {
            assertThat(e.mustStartAgain()).isTrue();
            assertThat(e.retryAfter()).isEmpty();
            assertThat(e.messageKey()).isEqualTo("otp.resend.limitReached");
        });

        OtpCheck check = null;
        for (int i = 0; i < properties.maxAttempts(); i++) {
            check = otps.verify(owner, codes.mobileCode(), wrong(codes.emailCode()));
        }
        assertThat(check.email()).isEqualTo(OtpOutcome.EXHAUSTED);
        assertThat(check.resendAvailable()).isFalse();
        assertThat(check.mustStartAgain()).isTrue();
    }

    @Test
    void issueReplacesEarlierCodesAndResetsTheResendCount() {
        var owner = owner();
        var first = otps.issue(owner);
        for (int resend = 1; resend <= properties.maxResends(); resend++) {
            clock.advance(properties.resendInterval());
            otps.resend(owner);
        }

        var fresh = otps.issue(owner);

        assertThat(otps.matchesCurrent(owner, first.mobileCode(), first.emailCode()))
                .isFalse();
        assertThat(otps.matchesCurrent(owner, fresh.mobileCode(), fresh.emailCode()))
                .isTrue();
        clock.advance(properties.resendInterval());
        assertThat(otps.resend(owner).mobileCode()).matches("\\d{6}");
    }

    @Test
    void spentCodesCannotBeUsedAgain() {
        var owner = owner();
        var codes = otps.issue(owner);
        assertThat(otps.expiresAt(owner)).contains(codes.expiresAt());

        assertThat(otps.spend(owner)).isTrue();

        assertThat(otps.spend(owner)).as("already spent").isFalse();
        var check = otps.verify(owner, codes.mobileCode(), codes.emailCode());
        assertThat(check.mobile()).isEqualTo(OtpOutcome.MISSING);
        assertThat(check.mustStartAgain()).isTrue();
        assertThat(otps.matchesCurrent(owner, codes.mobileCode(), codes.emailCode()))
                .isFalse();
        assertThat(otps.expiresAt(owner)).isEmpty();
        clock.advance(properties.resendInterval());
        assertThatThrownBy(() -> otps.resend(owner)).isInstanceOf(OtpResendLimitException.class);
    }

    @Test
    void unknownOwnerHasNoCodes() {
        var owner = owner();

        assertThat(otps.verify(owner, "123456", "654321"))
                .isEqualTo(new OtpCheck(OtpOutcome.MISSING, OtpOutcome.MISSING));
        assertThat(otps.expiresAt(owner)).isEmpty();
        assertThat(otps.spend(owner)).isFalse();
        assertThatThrownBy(() -> otps.resend(owner)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void verifyAndSpendLetsTheCodesPassOnce() {
        var owner = owner();
        var codes = otps.issue(owner);

        assertThat(otps.verifyAndSpend(owner, wrong(codes.mobileCode()), codes.emailCode())
                        .bothMatch())
                .isFalse();
        assertThat(otps.verifyAndSpend(owner, codes.mobileCode(), codes.emailCode())
                        .bothMatch())
                .isTrue();
        assertThat(otps.verifyAndSpend(owner, codes.mobileCode(), codes.emailCode())
                        .mobile())
                .isEqualTo(OtpOutcome.MISSING);
    }

    @Test
    void concurrentChecksOfTheSameCodesPassExactlyOnce() throws Exception {
        var owner = owner();
        var codes = otps.issue(owner);

        var outcomes = concurrently(8, () -> otps.verifyAndSpend(owner, codes.mobileCode(), codes.emailCode()));

        assertThat(outcomes).filteredOn(OtpCheck::bothMatch).hasSize(1);
        assertThat(outcomes).filteredOn(check -> !check.bothMatch()).allSatisfy(check -> assertThat(check.mobile())
                .isEqualTo(OtpOutcome.MISSING));
    }

    @Test
    void concurrentWrongTriesAreAllCounted() throws Exception {
        var owner = owner();
        var codes = otps.issue(owner);
        int tries = properties.maxAttempts() + 3;

        var outcomes = concurrently(tries, () -> otps.verify(owner, wrong(codes.mobileCode()), codes.emailCode()));

        assertThat(outcomes)
                .filteredOn(check -> check.mobile() == OtpOutcome.WRONG)
                .hasSize(properties.maxAttempts() - 1);
        assertThat(jdbc.queryForObject("SELECT mobile_failures FROM otp_codes WHERE owner = ?", Integer.class, owner))
                .isEqualTo(properties.maxAttempts());
    }

    private static List<OtpCheck> concurrently(int n, Callable<OtpCheck> task) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(n);
        try {
            var futures = new ArrayList<Future<OtpCheck>>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<OtpCheck>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sweepDeletesCodesLongExpiredAndKeepsTheRest() {
        var old = owner();
        var recent = owner();
        otps.issue(old);
        clock.advance(properties.lifetime().plus(properties.retention()).plusSeconds(1));
        otps.issue(recent);

        sweep.sweep();

        assertThat(jdbc.queryForList("SELECT owner FROM otp_codes WHERE owner IN (?, ?)", String.class, old, recent))
                .containsExactly(recent);
    }
}

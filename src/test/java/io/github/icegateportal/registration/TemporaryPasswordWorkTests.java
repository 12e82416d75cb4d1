package io.github.icegateportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.GstRegistration;
import io.github.icegateportal.directory.GstStatus;
import io.github.icegateportal.directory.GstnDirectory;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.directory.IecStatus;
import io.github.icegateportal.notification.Notifications;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.shared.field.PanHolderType;
import io.github.icegateportal.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.Invocation;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The temporary-password form answers alike for an eligible and an ineligible pair, and must take alike too: an
 * ineligible pair makes every look-up, and makes, digests and writes a password, as an eligible one does. Proven by
 * counting the calls each collaborator gets (no timing), with every collaborator a counting stand-in.
 */
class TemporaryPasswordWorkTests {

    private static final Pan PAN = Pan.of("AAIBN2254K");
    private static final Iec IEC = Iec.of("AAIBN2254K");
    private static final Gstin GSTIN = Gstin.of("33AAIBN2254K1ZH");

    /** What each collaborator was asked, method by method, for one request. */
    record Work(Map<String, Long> calls, long notifications) {}

    @Test
    void anIneligiblePairCostsTheSameLookUpsDigestAndWritesAsAnEligibleOne() {
        Work eligible = workFor(true, false);
        Work unknownIec = workFor(false, false);
        Work iecWithAnAccount = workFor(true, true);

        assertThat(eligible.notifications())
                .as("an eligible pair is sent its password")
                .isEqualTo(2);
        assertThat(unknownIec.notifications()).isZero();
        assertThat(iecWithAnAccount.notifications()).isZero();
        assertThat(eligible.calls())
                .containsEntry("DgftDirectory.findByIec", 1L)
                .containsEntry("GstnDirectory.findByGstin", 1L)
                .containsEntry("Accounts.findByIec", 1L)
                .containsEntry("JdbcTemplate.update", 2L)
                .containsEntry("MessageSource.getMessage", 3L);
        assertThat(unknownIec.calls()).isEqualTo(eligible.calls());
        assertThat(iecWithAnAccount.calls()).isEqualTo(eligible.calls());
    }

    private static Work workFor(boolean knownToDgft, boolean hasAccount) {
        var jdbc = mock(JdbcTemplate.class);
        var dgft = mock(DgftDirectory.class);
        var gstn = mock(GstnDirectory.class);
        var accounts = mock(Accounts.class);
        var notifications = mock(Notifications.class);
        var messages = mock(MessageSource.class);
        var email = EmailAddress.of("holder@example.in");
        var mobile = MobileNumber.of("9876543210");
        when(dgft.findByIec(IEC))
                .thenReturn(
                        knownToDgft
                                ? Optional.of(new IecRecord(
                                        IEC,
                                        PAN,
                                        "Bellan Body",
                                        PanHolderType.B,
                                        email,
                                        mobile,
                                        "1, Test Road, Chennai",
                                        IecStatus.ACTIVE,
                                        LocalDate.of(2026, 1, 15),
                                        List.of()))
                                : Optional.empty());
        when(gstn.findByGstin(GSTIN))
                .thenReturn(Optional.of(
                        new GstRegistration(GSTIN, PAN, "Bellan Body", "Tamil Nadu", email, mobile, GstStatus.ACTIVE)));
        if (hasAccount) {
            when(accounts.findByIec(any(Iec.class)))
                    .thenReturn(Optional.of(mock(io.github.icegateportal.account.AccountView.class)));
        }
        when(messages.getMessage(any(String.class), any(), any())).thenReturn("text");
        var temporaryPasswords = new TemporaryPasswords(
                jdbc,
                dgft,
                gstn,
                accounts,
                notifications,
                messages,
                new TemporaryPasswordProperties(Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(1)),
                new MutableClock(),
                new io.github.icegateportal.shared.web.Show(java.time.ZoneId.of("Asia/Kolkata")));

        boolean sent = temporaryPasswords.issueFor(IEC, GSTIN);

        assertThat(sent).isEqualTo(knownToDgft && !hasAccount);
        Map<String, Long> calls = java.util.stream.Stream.of(jdbc, dgft, gstn, accounts, messages)
                .flatMap(collaborator -> mockingDetails(collaborator).getInvocations().stream())
                .collect(Collectors.groupingBy(TemporaryPasswordWorkTests::name, Collectors.counting()));
        return new Work(calls, mockingDetails(notifications).getInvocations().size());
    }

    private static String name(Invocation invocation) {
        Function<Class<?>, String> simple = type -> {
            String name = type.getSimpleName();
            int mockSuffix = name.indexOf('$');
            return mockSuffix < 0 ? name : name.substring(0, mockSuffix);
        };
        return simple.apply(invocation.getMethod().getDeclaringClass()) + "."
                + invocation.getMethod().getName();
    }
}

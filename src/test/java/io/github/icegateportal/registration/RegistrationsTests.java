package io.github.icegateportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.icegateportal.registration.internal.RegistrationRepository;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@PortalTest
class RegistrationsTests {

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationRepository repository;

    @Autowired
    MutableClock clock;

    @Test
    void aRegistrationIsStoredWithEveryFieldAndFoundByItsReferenceNumber() {
        Registration submitted = submittedDscRegistration("ZZQPK1001A");

        assertThat(registrations.detail(submitted.referenceNumber().toLowerCase()))
                .hasValueSatisfying(detail -> {
                    assertThat(detail.status()).isEqualTo(RegistrationStatus.SUBMITTED);
                    assertThat(detail.iec()).isEqualTo(new Iec("ZZQPK1001A"));
                    assertThat(detail.icegateId()).isEqualTo(new IcegateId("QUEUE_TEST_1"));
                    assertThat(detail.submittedAt()).isEqualTo(clock.instant());
                });
        assertThat(registrations.queue(RegistrationFilter.awaitingDecision(), PageRequest.of(0, 1000)))
                .extracting(RegistrationSummary::referenceNumber)
                .contains(submitted.referenceNumber());
    }

    @Test
    void anApprovalRecordsWhoDecidedAndWhen() {
        Registration submitted = submittedDscRegistration("ZZQPK1002A");

        registrations.approve(submitted.referenceNumber(), "admin-a", "10.9.9.9", submitted.version());

        assertThat(registrations.detail(submitted.referenceNumber())).hasValueSatisfying(detail -> {
            assertThat(detail.status()).isEqualTo(RegistrationStatus.APPROVED);
            assertThat(detail.decidedBy()).isEqualTo("admin-a");
            assertThat(detail.decidedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void aSecondDecisionOnTheSameVersionIsToldWhoDecidedFirst() {
        Registration submitted = submittedDscRegistration("ZZQPK1003A");
        registrations.reject(submitted.referenceNumber(), "admin-a", "PAN card unreadable", submitted.version());

        assertThatExceptionOfType(DecisionConflictException.class)
                .isThrownBy(() -> registrations.approve(submitted.referenceNumber(), "admin-b", submitted.version()))
                .satisfies(ex -> assertThat(ex.decidedBy()).isEqualTo("admin-a"));
        assertThat(registrations.detail(submitted.referenceNumber())).hasValueSatisfying(detail -> {
            assertThat(detail.status()).isEqualTo(RegistrationStatus.REJECTED);
            assertThat(detail.rejectionReason()).isEqualTo("PAN card unreadable");
        });
    }

    @Test
    void twoAdminsDecidingAtTheSameMomentGetExactlyOneDecision() throws Exception {
        Registration submitted = submittedDscRegistration("ZZQPK1004A");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> decisions = new ArrayList<>();
        for (String admin : List.of("admin-a", "admin-b", "admin-c", "admin-d")) {
            decisions.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    registrations.approve(submitted.referenceNumber(), admin, submitted.version());
                    return "decided";
                } catch (DecisionConflictException ex) {
                    return "conflict";
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return "interrupted";
                }
            }));
        }
        start.countDown();

        List<String> outcomes = new ArrayList<>();
        for (var decision : decisions) {
            outcomes.add(decision.get());
        }
        assertThat(outcomes).containsOnlyOnce("decided").containsOnly("decided", "conflict");
    }

    private Registration submittedDscRegistration(String iec) {
        Pan pan = new Pan(iec);
        Registration registration = new Registration(
                RegistrationRoute.DSC,
                RegistrationStatus.DSC_VERIFIED,
                new Iec(iec),
                null,
                pan,
                "Queue Test Traders",
                EmailAddress.of("queue@example.com"),
                MobileNumber.of("9876512345"),
                false,
                clock.instant().plusSeconds(7200),
                Origin.anonymous("10.0.0.9", clock.instant()));
        registration.dscIdChosen(
                new IcegateId("QUEUE_TEST_" + iec.charAt(8)),
                "{noop}unused",
                clock.instant().plusSeconds(7200),
                origin());
        registration.submit(origin());
        return repository.save(registration);
    }

    private Origin origin() {
        return Origin.anonymous("10.0.0.9", clock.instant());
    }
}

package io.github.icegateportal.registration.simplified;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.account.IcegateIds;
import io.github.icegateportal.registration.Origin;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.internal.RegistrationExpiry;
import io.github.icegateportal.registration.internal.RegistrationRepository;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people choosing the same ICEGATE ID at once: the ID table's key decides; and IDs of lapsed flows go free. */
@PortalTest
class SimplifiedIcegateIdRaceTests {

    @Autowired
    SimplifiedRegistrationFlow flow;

    @Autowired
    RegistrationExpiry expiry;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    IcegateIds icegateIds;

    @Autowired
    MutableClock clock;

    @Test
    void ofPeopleChoosingTheSameIdAtOnceExactlyOneGetsIt() throws Exception {
        // Trident Auto Components, spare record "two people choosing the same ICEGATE ID at once", and others
        List<UUID> ids = List.of(
                started("AAJCT5524F", "27AAJCT5524F1Z9"),
                started("ZZAPZ1111Z", null),
                started("ZZBPZ2222Z", null),
                started("ZZCPZ3333Z", null));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> choices = new ArrayList<>();
        for (UUID id : ids) {
            choices.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                return flow.chooseIcegateId(id, new IcegateId(winnerCase(id)), "Trident#Auto1", "10.1.1.1");
            }));
        }
        start.countDown();

        List<Boolean> outcomes = new ArrayList<>();
        for (var choice : choices) {
            outcomes.add(choice.get());
        }
        assertThat(outcomes).containsOnlyOnce(true);
        UUID winner = ids.get(outcomes.indexOf(true));
        assertThat(registrations.findById(winner).orElseThrow().status()).isEqualTo(RegistrationStatus.OTP_SENT);
        for (UUID id : ids) {
            if (!id.equals(winner)) {
                assertThat(registrations.findById(id).orElseThrow().status())
                        .isEqualTo(RegistrationStatus.DETAILS_VERIFIED);
            }
        }
    }

    @Test
    void theSweepExpiresFlowsWhoseOtpsRanOutAndFreesTheirIds() {
        UUID id = started("ZZDPZ4444Z", null);
        assertThat(flow.chooseIcegateId(id, new IcegateId("Sweep-Me-1"), "Sweep#Me12", "10.1.1.2"))
                .isTrue();
        assertThat(icegateIds.isTaken(new IcegateId("SWEEP-ME-1"))).isTrue();

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        expiry.sweep();

        assertThat(registrations.findById(id).orElseThrow().status()).isEqualTo(RegistrationStatus.EXPIRED);
        assertThat(icegateIds.isTaken(new IcegateId("Sweep-Me-1"))).isFalse();
    }

    /** The same ID, typed in different cases by different people. */
    private static String winnerCase(UUID id) {
        return id.hashCode() % 2 == 0 ? "Trident_Auto" : "TRIDENT_auto";
    }

    private UUID started(String iec, String gstinOrNull) {
        String gstin = gstinOrNull != null ? gstinOrNull : "27" + iec + "1Z" + Gstin.checkCharacter("27" + iec + "1Z");
        Registration registration = Registration.startSimplified(
                new Iec(iec),
                new Gstin(gstin),
                "Race Test " + iec,
                EmailAddress.of(iec.toLowerCase() + "@race.example.com"),
                MobileNumber.of("9876501234"),
                clock.instant().plus(Duration.ofHours(2)),
                Origin.anonymous("10.1.1.1", clock.instant()));
        return registrations.save(registration).id();
    }
}

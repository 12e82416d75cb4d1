package io.github.icegateportal.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.registration.Origin;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The expiry sweep of both routes: a batch that collides with another change to one of its rows (the person's page
 * expiring it at the same moment) is read again instead of failing the sweep, a bounded number of times.
 */
@PortalTest
class RegistrationExpiryTests {

    @Autowired
    List<LapsedRegistrations> routes;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MutableClock clock;

    @Test
    void aBatchThatLostARowToThePersonsPageIsReadAgainAndTheSweepGoesOn() {
        UUID id = runOutSimplifiedRegistration("ZZEPZ5555Z");
        LapsedRegistrations simplified = route(RegistrationRoute.SIMPLIFIED);
        AtomicInteger batches = new AtomicInteger();
        LapsedRegistrations colliding = new LapsedRegistrations() {
            @Override
            public RegistrationRoute route() {
                return RegistrationRoute.SIMPLIFIED;
            }

            @Override
            public int expireRunOut(int limit) {
                if (batches.getAndIncrement() > 0) {
                    return simplified.expireRunOut(limit);
                }
                // the sweep's batch reads the rows; before it writes, the person's page expires them (and commits)
                return new TransactionTemplate(transactionManager).execute(status -> {
                    List<Registration> batch = registrations.findRunOut(
                            clock.instant(), RegistrationRoute.SIMPLIFIED, PageRequest.of(0, limit));
                    TransactionTemplate page = new TransactionTemplate(transactionManager);
                    page.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                    page.executeWithoutResult(inner -> simplified.expireRunOut(limit));
                    batch.forEach(registration -> registration.expire(Origin.system(clock.instant())));
                    return batch.size();
                });
            }
        };

        int expired = new RegistrationExpiry(List.of(colliding)).sweep();

        assertThat(batches).hasValue(2);
        assertThat(expired).isZero();
        assertThat(registrations.findById(id).orElseThrow().status()).isEqualTo(RegistrationStatus.EXPIRED);
    }

    @Test
    void aBatchIsTriedAtMostThreeTimesAndTheOtherRouteIsStillSwept() {
        AtomicInteger tries = new AtomicInteger();
        LapsedRegistrations alwaysColliding = fake(RegistrationRoute.SIMPLIFIED, () -> {
            tries.incrementAndGet();
            throw new ObjectOptimisticLockingFailureException(Registration.class, UUID.randomUUID());
        });
        Deque<Integer> batches = new ArrayDeque<>(List.of(RegistrationExpiry.BATCH, RegistrationExpiry.BATCH, 7));
        LapsedRegistrations full = fake(RegistrationRoute.DSC, batches::pop);

        int expired = new RegistrationExpiry(List.of(alwaysColliding, full)).sweep();

        assertThat(tries).hasValue(RegistrationExpiry.ATTEMPTS);
        assertThat(expired).isEqualTo(2 * RegistrationExpiry.BATCH + 7);
        assertThat(batches).isEmpty();
    }

    @Test
    void theSweepCoversBothRoutes() {
        assertThat(routes)
                .extracting(LapsedRegistrations::route)
                .containsExactlyInAnyOrder(RegistrationRoute.SIMPLIFIED, RegistrationRoute.DSC);
        assertThat(OptimisticLockingFailureException.class)
                .isAssignableFrom(ObjectOptimisticLockingFailureException.class);
    }

    private LapsedRegistrations route(RegistrationRoute route) {
        return routes.stream().filter(r -> r.route() == route).findFirst().orElseThrow();
    }

    private static LapsedRegistrations fake(RegistrationRoute route, IntSupplier batch) {
        return new LapsedRegistrations() {
            @Override
            public RegistrationRoute route() {
                return route;
            }

            @Override
            public int expireRunOut(int limit) {
                return batch.getAsInt();
            }
        };
    }

    private UUID runOutSimplifiedRegistration(String iec) {
        String gstin = "27" + iec + "1Z" + Gstin.checkCharacter("27" + iec + "1Z");
        Registration registration = Registration.startSimplified(
                new Iec(iec),
                new Gstin(gstin),
                "Expiry Test " + iec,
                EmailAddress.of(iec.toLowerCase() + "@expiry.example.com"),
                MobileNumber.of("9876501235"),
                clock.instant().plus(Duration.ofHours(2)),
                Origin.anonymous("10.1.1.3", clock.instant()));
        UUID id = registrations.save(registration).id();
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        return id;
    }
}

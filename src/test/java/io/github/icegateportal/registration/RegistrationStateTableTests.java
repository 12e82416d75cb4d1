package io.github.icegateportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Every step of the aggregate in every state of each route: the steps in {@link #ALLOWED} work and land in their
 * state; every other one is refused with a message key and leaves the registration as it was.
 */
class RegistrationStateTableTests {

    @Test
    void aDscRegistrationIsUnderWayFromItsStartUntilItIsActivatedRejectedOrEnded() {
        assertThat(RegistrationStatus.underWay(RegistrationRoute.DSC))
                .containsExactlyInAnyOrder(
                        RegistrationStatus.STARTED,
                        RegistrationStatus.DETAILS_MATCHED,
                        RegistrationStatus.OTP_VERIFIED,
                        RegistrationStatus.DOCUMENTS_UPLOADED,
                        RegistrationStatus.DSC_VERIFIED,
                        RegistrationStatus.ID_CHOSEN,
                        RegistrationStatus.SUBMITTED,
                        RegistrationStatus.APPROVED);
    }

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static final Origin ORIGIN = Origin.anonymous("10.0.0.1", NOW);

    private static final Gstin GSTIN = Gstin.of("27AAPFU0939F1ZV");

    /** A step of the aggregate and the state it leads to. */
    enum Action {
        CHOOSE_ID(
                RegistrationStatus.ID_CHOSEN, r -> r.chooseIcegateId(new IcegateId("EXPORTER_01"), "{noop}x", ORIGIN)),
        SEND_OTPS(RegistrationStatus.OTP_SENT, r -> r.otpsSent(NOW.plusSeconds(7200), ORIGIN)),
        VERIFY_OTPS(RegistrationStatus.OTP_VERIFIED, r -> r.otpsVerified(ORIGIN)),
        GIVE_ALTERNATE_CONTACTS(
                RegistrationStatus.ALTERNATE_OTP_SENT,
                r -> r.alternateContactsGiven(
                        EmailAddress.of("other@example.com"), MobileNumber.of("9876500000"), NOW, ORIGIN)),
        VERIFY_ALTERNATE_OTPS(RegistrationStatus.ALTERNATE_OTP_VERIFIED, r -> r.alternateOtpsVerified(ORIGIN)),
        COMPLETE(RegistrationStatus.COMPLETED, r -> r.complete(ORIGIN)),
        EXPIRE(RegistrationStatus.EXPIRED, r -> r.expire(ORIGIN)),
        ABANDON(RegistrationStatus.ABANDONED, r -> r.abandon(ORIGIN)),
        SUBMIT(RegistrationStatus.SUBMITTED, r -> r.submit(ORIGIN)),
        APPROVE(RegistrationStatus.APPROVED, r -> r.approve(new Origin("admin1", "10.0.0.2", NOW))),
        REJECT(RegistrationStatus.REJECTED, r -> r.reject("Documents unreadable", new Origin("admin1", null, NOW))),
        ACTIVATE(RegistrationStatus.ACTIVATED, r -> r.activate(ORIGIN));

        final RegistrationStatus target;

        final Consumer<Registration> step;

        Action(RegistrationStatus target, Consumer<Registration> step) {
            this.target = target;
            this.step = step;
        }
    }

    /** The whole table: for each route, the steps each state allows. Everything not listed is refused. */
    static final Map<RegistrationRoute, Map<RegistrationStatus, Set<Action>>> ALLOWED = Map.of(
            RegistrationRoute.SIMPLIFIED,
            Map.of(
                    RegistrationStatus.DETAILS_VERIFIED, Set.of(Action.CHOOSE_ID, Action.EXPIRE, Action.ABANDON),
                    RegistrationStatus.ID_CHOSEN, Set.of(Action.SEND_OTPS, Action.EXPIRE, Action.ABANDON),
                    RegistrationStatus.OTP_SENT,
                            Set.of(Action.SEND_OTPS, Action.VERIFY_OTPS, Action.EXPIRE, Action.ABANDON),
                    RegistrationStatus.OTP_VERIFIED,
                            Set.of(Action.COMPLETE, Action.GIVE_ALTERNATE_CONTACTS, Action.EXPIRE, Action.ABANDON),
                    RegistrationStatus.ALTERNATE_OTP_SENT,
                            Set.of(
                                    Action.GIVE_ALTERNATE_CONTACTS,
                                    Action.VERIFY_ALTERNATE_OTPS,
                                    Action.EXPIRE,
                                    Action.ABANDON),
                    RegistrationStatus.ALTERNATE_OTP_VERIFIED, Set.of(Action.COMPLETE, Action.EXPIRE, Action.ABANDON),
                    RegistrationStatus.COMPLETED, Set.of(),
                    RegistrationStatus.EXPIRED, Set.of(),
                    RegistrationStatus.ABANDONED, Set.of()),
            RegistrationRoute.DSC,
            Map.ofEntries(
                    Map.entry(RegistrationStatus.STARTED, Set.of(Action.EXPIRE, Action.ABANDON)),
                    Map.entry(
                            RegistrationStatus.DETAILS_MATCHED,
                            Set.of(Action.VERIFY_OTPS, Action.EXPIRE, Action.ABANDON)),
                    Map.entry(RegistrationStatus.OTP_VERIFIED, Set.of(Action.EXPIRE, Action.ABANDON)),
                    Map.entry(RegistrationStatus.DOCUMENTS_UPLOADED, Set.of(Action.EXPIRE, Action.ABANDON)),
                    Map.entry(RegistrationStatus.DSC_VERIFIED, Set.of(Action.CHOOSE_ID, Action.EXPIRE, Action.ABANDON)),
                    Map.entry(RegistrationStatus.ID_CHOSEN, Set.of(Action.SUBMIT, Action.EXPIRE, Action.ABANDON)),
                    Map.entry(RegistrationStatus.SUBMITTED, Set.of(Action.APPROVE, Action.REJECT)),
                    Map.entry(RegistrationStatus.APPROVED, Set.of(Action.ACTIVATE)),
                    Map.entry(RegistrationStatus.ACTIVATED, Set.of()),
                    Map.entry(RegistrationStatus.REJECTED, Set.of()),
                    Map.entry(RegistrationStatus.EXPIRED, Set.of()),
                    Map.entry(RegistrationStatus.ABANDONED, Set.of())));

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> cases = new ArrayList<>();
        ALLOWED.forEach((route, table) -> table.forEach((status, allowed) -> {
            for (Action action : Action.values()) {
                cases.add(Arguments.of(route, status, action, allowed.contains(action)));
            }
        }));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}: allowed={3}")
    @MethodSource("everyStateAndAction")
    void eachStepWorksOnlyWhereTheTableAllowsIt(
            RegistrationRoute route, RegistrationStatus status, Action action, boolean allowed) {
        Registration registration = in(route, status);
        int before = registration.pendingEvents().size();

        if (allowed) {
            action.step.accept(registration);
            assertThat(registration.status()).isEqualTo(action.target);
            assertThat(registration
                            .pendingEvents()
                            .subList(before, registration.pendingEvents().size()))
                    .singleElement()
                    .isInstanceOfSatisfying(RegistrationEvent.class, event -> {
                        assertThat(event.referenceNumber()).isEqualTo(registration.referenceNumber());
                        assertThat(event.occurredAt()).isEqualTo(NOW);
                    });
        } else {
            assertThatExceptionOfType(RegistrationStateException.class)
                    .isThrownBy(() -> action.step.accept(registration))
                    .satisfies(ex -> assertThat(ex.messageKey()).startsWith("registration.state."));
            assertThat(registration.status()).isEqualTo(status);
            assertThat(registration.pendingEvents()).hasSize(before);
        }
    }

    @Test
    void theTableCoversEveryStateOfEachRouteAndAgreesWithTheEnum() {
        for (RegistrationRoute route : RegistrationRoute.values()) {
            Set<RegistrationStatus> states = ALLOWED.get(route).keySet();
            for (RegistrationStatus status : RegistrationStatus.values()) {
                assertThat(states.contains(status))
                        .as("%s in the table of %s", status, route)
                        .isEqualTo(status.belongsTo(route));
            }
        }
    }

    @Test
    void aRefusalSaysWhyInTheWordsOfTheState() {
        assertThat(refusalKey(RegistrationRoute.SIMPLIFIED, RegistrationStatus.EXPIRED))
                .isEqualTo("registration.state.expired");
        assertThat(refusalKey(RegistrationRoute.SIMPLIFIED, RegistrationStatus.COMPLETED))
                .isEqualTo("registration.state.finished");
        assertThat(refusalKey(RegistrationRoute.SIMPLIFIED, RegistrationStatus.ABANDONED))
                .isEqualTo("registration.state.abandoned");
        assertThat(refusalKey(RegistrationRoute.DSC, RegistrationStatus.REJECTED))
                .isEqualTo("registration.state.decided");
        assertThat(refusalKey(RegistrationRoute.SIMPLIFIED, RegistrationStatus.DETAILS_VERIFIED))
                .isEqualTo("registration.state.outOfOrder");
    }

    @Test
    void referenceNumbersAreRandomAndNotSequential() {
        Registration first = in(RegistrationRoute.SIMPLIFIED, RegistrationStatus.DETAILS_VERIFIED);
        Registration second = in(RegistrationRoute.SIMPLIFIED, RegistrationStatus.DETAILS_VERIFIED);

        assertThat(first.referenceNumber()).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(first.referenceNumber()).isNotEqualTo(second.referenceNumber());
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void completingWithAlternateContactsGivesTheAccountThoseContacts() {
        Registration registration = in(RegistrationRoute.SIMPLIFIED, RegistrationStatus.DETAILS_VERIFIED);
        registration.chooseIcegateId(new IcegateId("EXPORTER_01"), "{noop}x", ORIGIN);
        registration.otpsSent(NOW.plusSeconds(7200), ORIGIN);
        registration.otpsVerified(ORIGIN);
        registration.alternateContactsGiven(
                EmailAddress.of("Other@Example.com"),
                MobileNumber.of("+91 98765 00000"),
                NOW.plusSeconds(7200),
                ORIGIN);
        registration.alternateOtpsVerified(ORIGIN);

        registration.complete(ORIGIN);

        assertThat(registration.passwordHash()).isEmpty();
        assertThat(registration.expiresAt()).isEmpty();
        assertThat(registration.pendingEvents().get(registration.pendingEvents().size() - 1))
                .isInstanceOfSatisfying(RegistrationCompleted.class, completed -> {
                    assertThat(completed.email()).isEqualTo(EmailAddress.of("other@example.com"));
                    assertThat(completed.mobile()).isEqualTo(MobileNumber.of("9876500000"));
                    assertThat(completed.icegateId()).isEqualTo(new IcegateId("EXPORTER_01"));
                    assertThat(completed.alternateContacts()).isTrue();
                });
    }

    private static String refusalKey(RegistrationRoute route, RegistrationStatus status) {
        Registration registration = in(route, status);
        try {
            registration.activate(ORIGIN);
            registration.activate(ORIGIN);
        } catch (RegistrationStateException ex) {
            return ex.messageKey();
        }
        throw new AssertionError("not refused");
    }

    /** A registration of {@code route} standing in {@code status}, as the steps of its route would leave it. */
    static Registration in(RegistrationRoute route, RegistrationStatus status) {
        Registration registration = new Registration(
                route,
                status,
                Iec.of("AAPFU0939F"),
                route == RegistrationRoute.SIMPLIFIED ? GSTIN : null,
                GSTIN.pan(),
                "Demo Exports",
                EmailAddress.of("holder@example.com"),
                MobileNumber.of("9876543210"),
                false,
                NOW.plusSeconds(7200),
                ORIGIN);
        if (status != RegistrationStatus.DETAILS_VERIFIED && status != RegistrationStatus.STARTED) {
            // as the ID step would have left it; the steps before it are the routes' own
            ReflectionTestUtils.setField(registration, "icegateId", "EXPORTER_01");
        }
        return registration;
    }
}

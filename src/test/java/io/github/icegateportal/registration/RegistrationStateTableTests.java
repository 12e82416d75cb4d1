package io.github.icegateportal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.icegateportal.registration.RegistrationStateMachine.Step;
import io.github.icegateportal.registration.RegistrationStateMachine.Transition;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Every method of the aggregate, Route A's and Route B's alike, in every state of each route: where the route's
 * {@link RegistrationStateMachine} allows the method's step it works and lands in the state the table names (the same
 * one for a step taken again); everywhere else it is refused with a message key and leaves the registration as it was.
 * The diagram and the table of states in {@code docs/registration.md} are drawn from the same table.
 */
class RegistrationStateTableTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static final Origin ORIGIN = Origin.anonymous("10.0.0.1", NOW);

    private static final Gstin GSTIN = Gstin.of("27AAPFU0939F1ZV");

    /** A method of the aggregate that a route's flow calls, and the step of the table it takes. */
    enum Action {
        // Route A
        CHOOSE_ICEGATE_ID(
                Step.CHOOSE_ICEGATE_ID, r -> r.chooseIcegateId(new IcegateId("EXPORTER_01"), "{noop}x", ORIGIN)),
        OTPS_SENT(Step.OTPS_SENT, r -> r.otpsSent(NOW.plusSeconds(7200), ORIGIN)),
        OTPS_VERIFIED(Step.OTPS_VERIFIED, r -> r.otpsVerified(ORIGIN)),
        ALTERNATE_CONTACTS_GIVEN(
                Step.ALTERNATE_CONTACTS_GIVEN,
                r -> r.alternateContactsGiven(
                        EmailAddress.of("other@example.com"), MobileNumber.of("9876500000"), NOW, ORIGIN)),
        ALTERNATE_OTPS_VERIFIED(Step.ALTERNATE_OTPS_VERIFIED, r -> r.alternateOtpsVerified(ORIGIN)),
        COMPLETE(Step.COMPLETE, r -> r.complete(ORIGIN)),
        // Route B
        DSC_OTPS_SENT(Step.DSC_OTPS_SENT, r -> r.dscOtpsSent(ORIGIN)),
        DSC_OTPS_RESENT(Step.DSC_OTPS_SENT, r -> r.dscOtpsResent(3, ORIGIN)),
        DSC_OTPS_VERIFIED(Step.DSC_OTPS_VERIFIED, r -> r.dscOtpsVerified(NOW.plusSeconds(7200), ORIGIN)),
        DOCUMENT_UPLOADED(Step.DOCUMENT_UPLOADED, r -> r.documentUploaded("PAN_CARD", NOW.plusSeconds(7200), ORIGIN)),
        DSC_VERIFIED(Step.SIGNATURE_VERIFIED, r -> r.dscVerified("Demo Holder", NOW.plusSeconds(7200), ORIGIN)),
        DSC_ID_CHOSEN(
                Step.DSC_ID_CHOSEN,
                r -> r.dscIdChosen(new IcegateId("EXPORTER_01"), "{noop}x", NOW.plusSeconds(7200), ORIGIN)),
        SUBMIT(Step.SUBMIT, r -> r.submit(ORIGIN)),
        APPROVE(Step.APPROVE, r -> r.approve(new Origin("admin1", "10.0.0.2", NOW))),
        REJECT(Step.REJECT, r -> r.reject("Documents unreadable", new Origin("admin1", null, NOW))),
        ACTIVATE(Step.ACTIVATE, r -> r.activate(ORIGIN)),
        // Both
        EXPIRE(Step.EXPIRE, r -> r.expire(ORIGIN)),
        ABANDON(Step.ABANDON, r -> r.abandon(ORIGIN));

        final Step step;

        final Consumer<Registration> call;

        Action(Step step, Consumer<Registration> call) {
            this.step = step;
            this.call = call;
        }
    }

    /** Each route, each state (the route's own and the others), each method. */
    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (RegistrationRoute route : RegistrationRoute.values()) {
            for (RegistrationStatus status : RegistrationStatus.values()) {
                for (Action action : Action.values()) {
                    cases.add(Arguments.of(
                            route,
                            status,
                            action,
                            RegistrationStateMachine.of(route).next(status, action.step)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("everyStateAndAction")
    void eachMethodWorksOnlyWhereTheTableAllowsItsStep(
            RegistrationRoute route, RegistrationStatus status, Action action, Optional<RegistrationStatus> target) {
        Registration registration = in(route, status);
        int before = registration.pendingEvents().size();

        if (target.isPresent()) {
            action.call.accept(registration);
            assertThat(registration.status()).isEqualTo(target.get());
            assertThat(status.canTransitionTo(target.get(), route)).isTrue();
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
                    .isThrownBy(() -> action.call.accept(registration))
                    .satisfies(ex -> assertThat(ex.messageKey()).startsWith("registration.state."));
            assertThat(registration.status()).isEqualTo(status);
            assertThat(registration.pendingEvents()).hasSize(before);
        }
    }

    @Test
    void eachRouteTakesOnlyTheStepsOfItsOwnFlow() {
        assertThat(steps(RegistrationRoute.SIMPLIFIED))
                .containsExactlyInAnyOrder(
                        Step.CHOOSE_ICEGATE_ID,
                        Step.OTPS_SENT,
                        Step.OTPS_VERIFIED,
                        Step.ALTERNATE_CONTACTS_GIVEN,
                        Step.ALTERNATE_OTPS_VERIFIED,
                        Step.COMPLETE,
                        Step.EXPIRE,
                        Step.ABANDON);
        assertThat(steps(RegistrationRoute.DSC))
                .containsExactlyInAnyOrder(
                        Step.DSC_OTPS_SENT,
                        Step.DSC_OTPS_VERIFIED,
                        Step.DOCUMENT_UPLOADED,
                        Step.SIGNATURE_VERIFIED,
                        Step.DSC_ID_CHOSEN,
                        Step.SUBMIT,
                        Step.APPROVE,
                        Step.REJECT,
                        Step.ACTIVATE,
                        Step.EXPIRE,
                        Step.ABANDON);
    }

    @Test
    void everyStateOfARouteCanBeReachedFromItsStartAndEveryEndFromEveryOpenState() {
        for (RegistrationRoute route : RegistrationRoute.values()) {
            RegistrationStateMachine machine = RegistrationStateMachine.of(route);
            Set<RegistrationStatus> reached = EnumSet.of(machine.initial());
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Transition t : machine.transitions()) {
                    if (reached.contains(t.from())) {
                        grew |= reached.add(t.to());
                    }
                }
            }
            assertThat(reached).as("states of %s reached from its start", route).isEqualTo(machine.states());
            for (RegistrationStatus status : machine.states()) {
                Set<RegistrationStatus> next = machine.transitions().stream()
                        .filter(t -> t.from() == status)
                        .map(Transition::to)
                        .collect(Collectors.toSet());
                if (machine.open().contains(status)) {
                    assertThat(next)
                            .as("%s %s", route, status)
                            .contains(RegistrationStatus.EXPIRED, RegistrationStatus.ABANDONED);
                } else {
                    assertThat(next)
                            .as("%s %s", route, status)
                            .doesNotContain(RegistrationStatus.EXPIRED, RegistrationStatus.ABANDONED);
                }
                assertThat(next.isEmpty())
                        .as("%s %s has no step", route, status)
                        .isEqualTo(machine.isEnded(status));
            }
        }
    }

    @Test
    void everyOpenStateShowsAPageOfItsFlow() {
        for (RegistrationRoute route : RegistrationRoute.values()) {
            RegistrationStateMachine machine = RegistrationStateMachine.of(route);
            assertThat(machine.open()).allSatisfy(status -> assertThat(machine.page(status))
                    .as("%s %s", route, status)
                    .isPresent());
            assertThat(machine.resumable()).isSubsetOf(machine.open());
        }
    }

    @Test
    void aDscRegistrationIsUnderWayFromItsStartUntilItIsActivatedRejectedOrEnded() {
        var dsc = RegistrationStateMachine.of(RegistrationRoute.DSC);
        assertThat(dsc.underWay())
                .containsExactlyInAnyOrder(
                        RegistrationStatus.DETAILS_MATCHED,
                        RegistrationStatus.OTP_VERIFIED,
                        RegistrationStatus.DOCUMENTS_UPLOADED,
                        RegistrationStatus.DSC_VERIFIED,
                        RegistrationStatus.ID_CHOSEN,
                        RegistrationStatus.SUBMITTED,
                        RegistrationStatus.APPROVED);
        assertThat(dsc.waiting()).containsExactlyInAnyOrder(RegistrationStatus.SUBMITTED, RegistrationStatus.APPROVED);
        assertThat(dsc.handedIn())
                .containsExactlyInAnyOrder(
                        RegistrationStatus.SUBMITTED,
                        RegistrationStatus.APPROVED,
                        RegistrationStatus.REJECTED,
                        RegistrationStatus.ACTIVATED);
        assertThat(dsc.resumable()).isEqualTo(dsc.open());
    }

    @Test
    void aSimplifiedRegistrationIsReopenedByItsOtpsOnlyWhileItsCodesAreCurrent() {
        assertThat(RegistrationStateMachine.of(RegistrationRoute.SIMPLIFIED).resumable())
                .containsExactlyInAnyOrder(
                        RegistrationStatus.OTP_SENT,
                        RegistrationStatus.OTP_VERIFIED,
                        RegistrationStatus.ALTERNATE_OTP_SENT);
    }

    @Test
    void theDiagramAndTheTableInTheDocsAreDrawnFromTheStateMachine() throws IOException {
        String docs = Files.readString(Path.of("docs/registration.md"));

        assertThat(docs)
                .as(
                        "docs/registration.md holds the diagram RegistrationStateMachine.mermaid() draws:%n%s",
                        RegistrationStateMachine.mermaid())
                .contains(RegistrationStateMachine.mermaid());
        assertThat(docs)
                .as(
                        "docs/registration.md holds the table RegistrationStateMachine.markdownTable() draws:%n%s",
                        RegistrationStateMachine.markdownTable())
                .contains(RegistrationStateMachine.markdownTable());
    }

    private static Set<Step> steps(RegistrationRoute route) {
        return RegistrationStateMachine.of(route).transitions().stream()
                .map(Transition::step)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Step.class)));
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
        if (status != RegistrationStatus.DETAILS_VERIFIED && status != RegistrationStatus.DETAILS_MATCHED) {
            // as the ID step would have left it; the steps before it are the routes' own
            ReflectionTestUtils.setField(registration, "icegateId", "EXPORTER_01");
        }
        return registration;
    }
}

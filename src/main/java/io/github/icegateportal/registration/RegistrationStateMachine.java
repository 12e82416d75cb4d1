package io.github.icegateportal.registration;

import static io.github.icegateportal.registration.RegistrationStateMachine.Step.ABANDON;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.ACTIVATE;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.ALTERNATE_CONTACTS_GIVEN;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.ALTERNATE_OTPS_VERIFIED;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.APPROVE;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.CHOOSE_ICEGATE_ID;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.COMPLETE;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.DOCUMENT_UPLOADED;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.DSC_ID_CHOSEN;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.DSC_OTPS_SENT;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.DSC_OTPS_VERIFIED;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.EXPIRE;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.OTPS_SENT;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.OTPS_VERIFIED;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.REJECT;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.SIGNATURE_VERIFIED;
import static io.github.icegateportal.registration.RegistrationStateMachine.Step.SUBMIT;
import static io.github.icegateportal.registration.RegistrationStatus.ABANDONED;
import static io.github.icegateportal.registration.RegistrationStatus.ACTIVATED;
import static io.github.icegateportal.registration.RegistrationStatus.ALTERNATE_OTP_SENT;
import static io.github.icegateportal.registration.RegistrationStatus.ALTERNATE_OTP_VERIFIED;
import static io.github.icegateportal.registration.RegistrationStatus.APPROVED;
import static io.github.icegateportal.registration.RegistrationStatus.COMPLETED;
import static io.github.icegateportal.registration.RegistrationStatus.DETAILS_MATCHED;
import static io.github.icegateportal.registration.RegistrationStatus.DETAILS_VERIFIED;
import static io.github.icegateportal.registration.RegistrationStatus.DOCUMENTS_UPLOADED;
import static io.github.icegateportal.registration.RegistrationStatus.DSC_VERIFIED;
import static io.github.icegateportal.registration.RegistrationStatus.EXPIRED;
import static io.github.icegateportal.registration.RegistrationStatus.ID_CHOSEN;
import static io.github.icegateportal.registration.RegistrationStatus.OTP_SENT;
import static io.github.icegateportal.registration.RegistrationStatus.OTP_VERIFIED;
import static io.github.icegateportal.registration.RegistrationStatus.REJECTED;
import static io.github.icegateportal.registration.RegistrationStatus.SUBMITTED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The registration's state machine, the one place that says, for each route: which states it passes through and what
 * each means for the person (open, and then whether it can be resumed from outside; waiting for an admin or an
 * activation; ended), which page of the route's flow an open state shows, and every step of {@link Registration}
 * with the state it may be taken in and the state it leads to, self-loops included (a step taken again keeps the
 * state). The aggregate takes its steps through {@link #next}; the flows read their sets of states here; the diagram
 * and the table in {@code docs/registration.md} are drawn from it ({@link #mermaid}, {@link #markdownTable}), and
 * {@code RegistrationStateTableTests} walks it.
 *
 * <p>Every open state of a route may also {@link Step#EXPIRE} (its OTPs or its time ran out) or be
 * {@link Step#ABANDON}ed (the person started again); both routes end there too.
 */
public final class RegistrationStateMachine {

    /**
     * The steps of {@link Registration}, each with the method that takes it ({@code dscOtpsResent} is a
     * {@link #DSC_OTPS_SENT} with a limit).
     */
    public enum Step {
        CHOOSE_ICEGATE_ID("chooseIcegateId"),
        OTPS_SENT("otpsSent"),
        OTPS_VERIFIED("otpsVerified"),
        ALTERNATE_CONTACTS_GIVEN("alternateContactsGiven"),
        ALTERNATE_OTPS_VERIFIED("alternateOtpsVerified"),
        COMPLETE("complete"),
        DSC_OTPS_SENT("dscOtpsSent"),
        DSC_OTPS_VERIFIED("dscOtpsVerified"),
        DOCUMENT_UPLOADED("documentUploaded"),
        SIGNATURE_VERIFIED("dscVerified"),
        DSC_ID_CHOSEN("dscIdChosen"),
        SUBMIT("submit"),
        APPROVE("approve"),
        REJECT("reject"),
        ACTIVATE("activate"),
        EXPIRE("expire"),
        ABANDON("abandon");

        private final String method;

        Step(String method) {
            this.method = method;
        }

        /** The method of {@link Registration} that takes this step. */
        public String method() {
            return this.method;
        }
    }

    /** What a state means for the person. */
    public enum Standing {
        /** The person goes on from here; the registration may run out or be abandoned. */
        OPEN("open"),
        /** Open, and the person can come back to it from outside (Route A's Case 2, Route B's reference ID). */
        RESUMABLE("open, resumable"),
        /** Handed in: waiting for an admin's decision or for the activation. */
        WAITING("waiting"),
        /** Nothing can happen to it any more. */
        ENDED("ended");

        private final String text;

        Standing(String text) {
            this.text = text;
        }

        boolean isOpen() {
            return this == OPEN || this == RESUMABLE;
        }
    }

    /** One row of the table: {@code step} taken in {@code from} leads to {@code to}; {@code label} for the diagram. */
    public record Transition(RegistrationStatus from, Step step, RegistrationStatus to, String label) {}

    private static final RegistrationStateMachine SIMPLIFIED = new Builder(
                    RegistrationRoute.SIMPLIFIED, "Route A — simplified")
            .startsIn(DETAILS_VERIFIED, "IEC, GSTIN and temporary password belong together")
            // state, what it means, the page under /registration/simplified/{id}/
            .state(DETAILS_VERIFIED, Standing.OPEN, "icegate-id")
            .state(ID_CHOSEN, Standing.OPEN, "otp")
            .state(OTP_SENT, Standing.RESUMABLE, "otp")
            .state(OTP_VERIFIED, Standing.RESUMABLE, "verified")
            .state(ALTERNATE_OTP_SENT, Standing.RESUMABLE, "alternate-otp")
            .state(ALTERNATE_OTP_VERIFIED, Standing.OPEN, "done")
            .state(COMPLETED, Standing.ENDED, "done")
            // from, step, to
            .step(DETAILS_VERIFIED, CHOOSE_ICEGATE_ID, ID_CHOSEN, "ICEGATE ID reserved, password hashed")
            .step(ID_CHOSEN, OTPS_SENT, OTP_SENT, "OTPs to the GSTN contacts")
            .step(OTP_SENT, OTPS_SENT, OTP_SENT, "resend")
            .step(OTP_SENT, OTPS_VERIFIED, OTP_VERIFIED, "both OTPs match (or Case 2 resume)")
            .step(OTP_VERIFIED, COMPLETE, COMPLETED, "Case 1.1 Finish, confirmed")
            .step(OTP_VERIFIED, ALTERNATE_CONTACTS_GIVEN, ALTERNATE_OTP_SENT, "Case 1.2 alternate contacts")
            .step(ALTERNATE_OTP_SENT, ALTERNATE_CONTACTS_GIVEN, ALTERNATE_OTP_SENT, "resend or other contacts")
            .step(ALTERNATE_OTP_SENT, ALTERNATE_OTPS_VERIFIED, ALTERNATE_OTP_VERIFIED, "both alternate OTPs match")
            .step(ALTERNATE_OTP_VERIFIED, COMPLETE, COMPLETED, "account with the alternate contacts")
            .build();

    private static final RegistrationStateMachine DSC = new Builder(
                    RegistrationRoute.DSC, "Route B — IEC-based with DSC")
            .startsIn(DETAILS_MATCHED, "IEC, PAN, email, mobile match DGFT, OTPs to its contacts")
            // state, what it means, the page under /registration/iec/{key}/ (IecWizardStep)
            .state(DETAILS_MATCHED, Standing.RESUMABLE, "otp")
            .state(OTP_VERIFIED, Standing.RESUMABLE, "documents")
            .state(DOCUMENTS_UPLOADED, Standing.RESUMABLE, "dsc")
            .state(DSC_VERIFIED, Standing.RESUMABLE, "icegate-id")
            .state(ID_CHOSEN, Standing.RESUMABLE, "submit")
            .state(SUBMITTED, Standing.WAITING, null)
            .state(APPROVED, Standing.WAITING, null)
            .state(REJECTED, Standing.ENDED, null)
            .state(ACTIVATED, Standing.ENDED, null)
            // from, step, to. OTPs sent again ("Resend OTP", or continuing with the reference ID) keep any open
            // state; a step taken again after going back (a document replaced, signed anew, the ID chosen again)
            // keeps the later state.
            .step(DETAILS_MATCHED, DSC_OTPS_SENT, DETAILS_MATCHED, "OTPs again")
            .step(DETAILS_MATCHED, DSC_OTPS_VERIFIED, OTP_VERIFIED, "both OTPs match")
            .step(OTP_VERIFIED, DSC_OTPS_SENT, OTP_VERIFIED, "OTPs again")
            .step(OTP_VERIFIED, DOCUMENT_UPLOADED, DOCUMENTS_UPLOADED, "KYC document")
            .step(DOCUMENTS_UPLOADED, DSC_OTPS_SENT, DOCUMENTS_UPLOADED, "OTPs again")
            .step(DOCUMENTS_UPLOADED, DOCUMENT_UPLOADED, DOCUMENTS_UPLOADED, "another document")
            .step(DOCUMENTS_UPLOADED, SIGNATURE_VERIFIED, DSC_VERIFIED, "Class III signature over the challenge")
            .step(DSC_VERIFIED, DSC_OTPS_SENT, DSC_VERIFIED, "OTPs again")
            .step(DSC_VERIFIED, DOCUMENT_UPLOADED, DSC_VERIFIED, "document replaced")
            .step(DSC_VERIFIED, SIGNATURE_VERIFIED, DSC_VERIFIED, "signed again")
            .step(DSC_VERIFIED, DSC_ID_CHOSEN, ID_CHOSEN, "ICEGATE ID reserved, password hashed")
            .step(ID_CHOSEN, DSC_OTPS_SENT, ID_CHOSEN, "OTPs again")
            .step(ID_CHOSEN, DOCUMENT_UPLOADED, ID_CHOSEN, "document replaced")
            .step(ID_CHOSEN, SIGNATURE_VERIFIED, ID_CHOSEN, "signed again")
            .step(ID_CHOSEN, DSC_ID_CHOSEN, ID_CHOSEN, "ID chosen again")
            .step(ID_CHOSEN, SUBMIT, SUBMITTED, "approval queue")
            .step(SUBMITTED, APPROVE, APPROVED, "admin")
            .step(SUBMITTED, REJECT, REJECTED, "admin, with a reason")
            .step(APPROVED, ACTIVATE, ACTIVATED, "activation link")
            .build();

    private final RegistrationRoute route;

    private final String title;

    private final RegistrationStatus initial;

    private final String startLabel;

    private final Map<RegistrationStatus, Standing> standings;

    private final Map<RegistrationStatus, String> pages;

    private final List<Transition> transitions;

    private RegistrationStateMachine(Builder builder) {
        this.route = builder.route;
        this.title = builder.title;
        this.initial = builder.initial;
        this.startLabel = builder.startLabel;
        this.standings = Collections.unmodifiableMap(new LinkedHashMap<>(builder.standings));
        this.pages = Collections.unmodifiableMap(new LinkedHashMap<>(builder.pages));
        this.transitions = List.copyOf(builder.transitions);
    }

    /** The state machine of {@code route}. */
    public static RegistrationStateMachine of(RegistrationRoute route) {
        return switch (route) {
            case SIMPLIFIED -> SIMPLIFIED;
            case DSC -> DSC;
        };
    }

    public RegistrationRoute route() {
        return this.route;
    }

    /** The state a registration of this route starts in. */
    public RegistrationStatus initial() {
        return this.initial;
    }

    /** Where {@code step} taken in {@code from} leads; empty when the route does not allow it there. */
    public Optional<RegistrationStatus> next(RegistrationStatus from, Step step) {
        return this.transitions.stream()
                .filter(t -> t.from() == from && t.step() == step)
                .map(Transition::to)
                .findFirst();
    }

    /** Every step of the route, in the order of the table, {@link Step#EXPIRE} and {@link Step#ABANDON} included. */
    public List<Transition> transitions() {
        return this.transitions;
    }

    /** The states this route uses, in the order of the table. */
    public Set<RegistrationStatus> states() {
        return this.standings.keySet();
    }

    /** What {@code status} means for the person on this route (empty for a state the route does not use). */
    public Optional<Standing> standing(RegistrationStatus status) {
        return Optional.ofNullable(this.standings.get(status));
    }

    /** The states in which the person goes on: the flow is open to them, and may run out or be abandoned. */
    public Set<RegistrationStatus> open() {
        return statesWhere(Standing::isOpen);
    }

    /** The open states the person can come back into from outside (Route A's Case 2, Route B's reference ID). */
    public Set<RegistrationStatus> resumable() {
        return statesWhere(standing -> standing == Standing.RESUMABLE);
    }

    /** The states in which the registration waits for an admin's decision or for the activation. */
    public Set<RegistrationStatus> waiting() {
        return statesWhere(standing -> standing == Standing.WAITING);
    }

    /** The states in which the registration is not over: open, or waiting. */
    public Set<RegistrationStatus> underWay() {
        return statesWhere(standing -> standing != Standing.ENDED);
    }

    /** The states past the person's part that they did not give up: waiting, decided, activated or completed. */
    public Set<RegistrationStatus> handedIn() {
        return statesWhere(standing -> !standing.isOpen()).stream()
                .filter(status -> status != EXPIRED && status != ABANDONED)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RegistrationStatus.class)));
    }

    /** Whether nothing can happen to a registration of this route in {@code status} any more. */
    public boolean isEnded(RegistrationStatus status) {
        return standing(status).map(standing -> standing == Standing.ENDED).orElse(true);
    }

    /** The page of the route's flow that shows a registration in {@code status} (a path below the flow's address). */
    public Optional<String> page(RegistrationStatus status) {
        return Optional.ofNullable(this.pages.get(status));
    }

    private Set<RegistrationStatus> statesWhere(Predicate<Standing> test) {
        var states = EnumSet.noneOf(RegistrationStatus.class);
        this.standings.forEach((status, standing) -> {
            if (test.test(standing)) {
                states.add(status);
            }
        });
        return Collections.unmodifiableSet(states);
    }

    // ----- Drawn for docs/registration.md

    /** Both routes as one Mermaid state diagram; expiry and abandonment are left out (every open state has them). */
    public static String mermaid() {
        var out = new StringBuilder("```mermaid\nstateDiagram-v2\n    direction LR\n");
        Set<RegistrationStatus> drawn = EnumSet.noneOf(RegistrationStatus.class);
        char letter = 'A';
        for (RegistrationRoute route : RegistrationRoute.values()) {
            of(route).drawInto(out, String.valueOf(letter++), drawn);
        }
        return out.append("```\n").toString();
    }

    private void drawInto(StringBuilder out, String id, Set<RegistrationStatus> drawnBefore) {
        Map<RegistrationStatus, String> names = new EnumMap<>(RegistrationStatus.class);
        out.append("    state \"")
                .append(this.title)
                .append("\" as ")
                .append(id)
                .append(" {\n");
        for (RegistrationStatus status : states()) {
            // a state id is global in Mermaid: one already drawn for another route gets an alias here
            boolean shared = drawnBefore.contains(status) && status != EXPIRED && status != ABANDONED;
            names.put(status, shared ? status.name() + "_" + id : status.name());
            if (shared) {
                out.append("        state \"")
                        .append(status)
                        .append("\" as ")
                        .append(names.get(status))
                        .append('\n');
            }
        }
        out.append("        [*] --> ")
                .append(names.get(this.initial))
                .append(": ")
                .append(this.startLabel)
                .append('\n');
        Map<List<RegistrationStatus>, Set<String>> edges = new LinkedHashMap<>();
        for (Transition t : this.transitions) {
            if (t.step() != EXPIRE && t.step() != ABANDON) {
                edges.computeIfAbsent(List.of(t.from(), t.to()), key -> new LinkedHashSet<>())
                        .add(t.label());
            }
        }
        edges.forEach((edge, labels) -> out.append("        ")
                .append(names.get(edge.get(0)))
                .append(" --> ")
                .append(names.get(edge.get(1)))
                .append(": ")
                .append(String.join(", ", labels))
                .append('\n'));
        for (RegistrationStatus status : states()) {
            if (isEnded(status) && status != EXPIRED && status != ABANDONED) {
                out.append("        ").append(names.get(status)).append(" --> [*]\n");
            }
        }
        out.append("    }\n");
        drawnBefore.addAll(states());
    }

    /** Every state of both routes with what it means for the person and the page it shows, as a Markdown table. */
    public static String markdownTable() {
        var out = new StringBuilder("| route | state | for the person | page |\n| --- | --- | --- | --- |\n");
        for (RegistrationRoute route : RegistrationRoute.values()) {
            RegistrationStateMachine machine = of(route);
            for (RegistrationStatus status : machine.states()) {
                out.append("| ")
                        .append(route)
                        .append(" | `")
                        .append(status)
                        .append("` | ")
                        .append(machine.standings.get(status).text)
                        .append(" | ")
                        .append(machine.page(status)
                                .map(page -> "`" + page + "`")
                                .orElse(""))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static final class Builder {

        private final RegistrationRoute route;

        private final String title;

        private RegistrationStatus initial;

        private String startLabel;

        private final Map<RegistrationStatus, Standing> standings = new LinkedHashMap<>();

        private final Map<RegistrationStatus, String> pages = new LinkedHashMap<>();

        private final List<Transition> transitions = new ArrayList<>();

        Builder(RegistrationRoute route, String title) {
            this.route = route;
            this.title = title;
        }

        Builder startsIn(RegistrationStatus initial, String label) {
            this.initial = initial;
            this.startLabel = label;
            return this;
        }

        Builder state(RegistrationStatus status, Standing standing, String page) {
            this.standings.put(status, standing);
            if (page != null) {
                this.pages.put(status, page);
            }
            return this;
        }

        Builder step(RegistrationStatus from, Step step, RegistrationStatus to, String label) {
            this.transitions.add(new Transition(from, step, to, label));
            return this;
        }

        /** Adds the ends both routes share: every open state may expire or be abandoned. */
        RegistrationStateMachine build() {
            state(EXPIRED, Standing.ENDED, null);
            state(ABANDONED, Standing.ENDED, null);
            for (var entry : List.copyOf(this.standings.entrySet())) {
                if (entry.getValue().isOpen()) {
                    step(entry.getKey(), EXPIRE, EXPIRED, "its OTPs or its time ran out");
                    step(entry.getKey(), ABANDON, ABANDONED, "the person started again");
                }
            }
            return new RegistrationStateMachine(this);
        }
    }
}

package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icegateportal.account.AccountRoute;
import io.github.icegateportal.account.AccountStatus;
import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.account.IcegateIds;
import io.github.icegateportal.account.NewAccount;
import io.github.icegateportal.registration.DecisionConflictException;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationDetail;
import io.github.icegateportal.registration.RegistrationFilter;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.RegistrationSummary;
import io.github.icegateportal.registration.Registrations;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.PanHolderType;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The admin's side: queue, detail, approve or reject (exactly one decision counts), then activation. */
@PortalTest
class IecReviewTests extends IecJourney {

    private static final Pattern LINK =
            Pattern.compile("https?://[^/\\s]+(/registration/activate\\?token=([A-Za-z0-9_-]+))");

    @Autowired
    Registrations registrations;

    @Autowired
    Accounts accounts;

    @Autowired
    IecRegistrationRepository repository;

    @Autowired
    DscStepRepository dscSteps;

    @Autowired
    IcegateIds icegateIds;

    @Autowired
    PasswordEncoder passwordEncoder;

    IecFixtures fixtures;

    Outbox outbox;

    @BeforeEach
    void freshFixturesAndOutbox() {
        fixtures = new IecFixtures(repository, dscSteps, icegateIds, passwordEncoder, clock);
        outbox = new Outbox(mvc);
    }

    @Test
    void theDetailShowsTheDgftRecordAndEachFieldAgainstIt() {
        var holder = DgftRows.proprietor(jdbc);
        var submitted = fixtures.at(holder, RegistrationStatus.SUBMITTED, null);
        jdbc.update("UPDATE dgft_iec SET mobile = '9000000009' WHERE iec = ?", holder.iec());

        RegistrationDetail detail =
                registrations.detail(submitted.referenceNumber()).orElseThrow();

        assertThat(detail.entityType()).isEqualTo(PanHolderType.P);
        assertThat(detail.iecRecord()).isNotNull();
        assertThat(detail.iecRecord().signatories()).extracting(s -> s.name()).containsExactly(holder.signatory());
        assertThat(detail.fieldMatches())
                .extracting(RegistrationDetail.FieldMatch::field, RegistrationDetail.FieldMatch::matches)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("iec", true),
                        org.assertj.core.groups.Tuple.tuple("pan", true),
                        org.assertj.core.groups.Tuple.tuple("email", true),
                        org.assertj.core.groups.Tuple.tuple("mobile", false));
        assertThat(detail.history())
                .extracting(RegistrationDetail.HistoryEntry::action)
                .startsWith("REGISTRATION_STARTED")
                .contains("REGISTRATION_SUBMITTED");
    }

    @Test
    void theQueueListsTheOldestSubmissionFirstAndFiltersByEntityTypeAndReference() {
        var older = fixtures.at(DgftRows.proprietor(jdbc), RegistrationStatus.SUBMITTED, null);
        clock.advance(Duration.ofHours(5));
        var newer = fixtures.at(DgftRows.company(jdbc), RegistrationStatus.SUBMITTED, null);

        List<String> queue = registrations
                .queue(RegistrationFilter.awaitingDecision(), PageRequest.of(0, 1000))
                .map(RegistrationSummary::referenceNumber)
                .getContent();
        assertThat(queue).containsSubsequence(older.referenceNumber(), newer.referenceNumber());

        var companies = registrations.queue(
                new RegistrationFilter(
                        RegistrationRoute.DSC, RegistrationStatus.SUBMITTED, null, PanHolderType.C, null, null, null),
                PageRequest.of(0, 1000));
        assertThat(companies.getContent())
                .extracting(RegistrationSummary::referenceNumber)
                .contains(newer.referenceNumber())
                .doesNotContain(older.referenceNumber());
        assertThat(companies.getContent()).allMatch(row -> row.entityType() == PanHolderType.C);

        var byReference = registrations.queue(
                new RegistrationFilter(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        older.referenceNumber().substring(0, 9).toLowerCase()),
                PageRequest.of(0, 10));
        assertThat(byReference.getContent())
                .extracting(RegistrationSummary::referenceNumber)
                .containsExactly(older.referenceNumber());
        var today = MutableClock.START.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        var byDate = registrations.queue(
                new RegistrationFilter(null, null, new Iec(older.iec().value()), null, today, today, null),
                PageRequest.of(0, 10));
        assertThat(byDate.getContent()).hasSize(1);
        var dayBefore = registrations.queue(
                new RegistrationFilter(
                        null, null, new Iec(older.iec().value()), null, today.minusDays(1), today.minusDays(1), null),
                PageRequest.of(0, 10));
        assertThat(dayBefore.getContent()).isEmpty();
    }

    @Test
    void anApproveAndARejectAtTheSameMomentGiveExactlyOneDecisionAndTheOtherIsToldWho() throws Exception {
        var submitted = fixtures.at(DgftRows.proprietor(jdbc), RegistrationStatus.SUBMITTED, null);
        String reference = submitted.referenceNumber();
        long version = submitted.version();
        var start = new CountDownLatch(1);
        var approving = CompletableFuture.supplyAsync(
                () -> decide(start, () -> registrations.approve(reference, "admin-asha", version)));
        var rejecting = CompletableFuture.supplyAsync(
                () -> decide(start, () -> registrations.reject(reference, "admin-ravi", "Blurred PAN card", version)));
        start.countDown();

        var outcomes = new ArrayList<Throwable>();
        outcomes.add(approving.get());
        outcomes.add(rejecting.get());

        assertThat(outcomes).filteredOn(o -> o == null).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> o != null)
                .singleElement()
                .isInstanceOfSatisfying(DecisionConflictException.class, conflict -> {
                    assertThat(conflict.decidedBy()).isIn("admin-asha", "admin-ravi");
                    assertThat(conflict.decidedAt()).isEqualTo(MutableClock.START);
                });
        var detail = registrations.detail(reference).orElseThrow();
        assertThat(detail.status()).isIn(RegistrationStatus.APPROVED, RegistrationStatus.REJECTED);
        assertThatThrownBy(() -> registrations.approve(reference, "admin-late", detail.version()))
                .isInstanceOf(RuntimeException.class);
        // only the decision that counts told the person anything
        var decisionMails = outbox.to(submitted.email().value()).stream()
                .filter(m -> m.subject() != null && m.subject().contains(reference))
                .toList();
        assertThat(decisionMails).hasSize(1);
    }

    private static Throwable decide(CountDownLatch start, Runnable decision) {
        try {
            start.await();
            decision.run();
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    @Test
    void anAccountOpenedForTheIecWhileTheRegistrationWaitedIsSaidOnTheActivationPageNotA500() {
        var holder = DgftRows.proprietor(jdbc);
        var submitted = fixtures.at(holder, RegistrationStatus.SUBMITTED, null);
        registrations.approve(submitted.referenceNumber(), "admin-asha", submitted.version());
        var meanwhile = IcegateId.of("MEANWHILE_" + holder.iec());
        accounts.openSimplified(new NewAccount(
                meanwhile,
                new Iec(holder.iec()),
                null,
                holder.firmName(),
                EmailAddress.of(holder.email()),
                MobileNumber.of(holder.mobile()),
                "Kite#Lantern42",
                "10.9.9.9"));
        String said = "This IEC got an ICEGATE account, " + meanwhile.value() + ", by simplified registration";

        var link = activationLink(holder);
        var visitor = new Visitor(mvc);
        var page = visitor.get(link.path());
        var posted = visitor.post("/registration/activate", "token", link.token(), "password", IecFixtures.PASSWORD);

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(Visitor.body(page)).contains(said).doesNotContain("id=\"activate\"");
        assertThat(posted.getResponse().getStatus()).isEqualTo(200);
        assertThat(Visitor.body(posted)).contains(said);
        assertThat(accounts.findByIec(new Iec(holder.iec())).orElseThrow().icegateId())
                .isEqualTo(meanwhile);
    }

    @Test
    void theActivationLinkAsksForTheChosenPasswordAndWorksOnce() {
        var holder = DgftRows.proprietor(jdbc);
        var submitted = fixtures.at(holder, RegistrationStatus.SUBMITTED, null);
        registrations.approve(submitted.referenceNumber(), "admin-asha", submitted.version());
        assertThat(accounts.findByIec(new Iec(holder.iec()))).isEmpty();

        var link = activationLink(holder);
        var visitor = new Visitor(mvc);
        assertThat(Visitor.body(visitor.get(link.path())))
                .contains("Activate the ICEGATE ID " + IecFixtures.icegateId(holder));
        assertThat(Visitor.body(
                        visitor.post("/registration/activate", "token", link.token(), "password", "Wrong#Pass1")))
                .contains("This is not the password chosen for this ICEGATE ID at registration.");
        assertThat(accounts.findByIec(new Iec(holder.iec()))).isEmpty();

        assertThat(Visitor.body(visitor.post(
                        "/registration/activate", "token", link.token(), "password", IecFixtures.PASSWORD)))
                .contains("Your ICEGATE ID " + IecFixtures.icegateId(holder) + " is active.");
        var account = accounts.findByIec(new Iec(holder.iec())).orElseThrow();
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.route()).isEqualTo(AccountRoute.DSC);
        assertThat(account.mayFile()).isTrue();
        assertThat(registrations
                        .detail(submitted.referenceNumber())
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.ACTIVATED);

        assertThat(Visitor.body(visitor.post(
                        "/registration/activate", "token", link.token(), "password", IecFixtures.PASSWORD)))
                .contains("This activation link has been used already.");
        assertThat(Visitor.body(new Visitor(mvc).get(link.path())))
                .as("the link opened again from the email")
                .contains("This activation link has been used already.", "href=\"/login\"")
                .doesNotContain("This activation link is not valid.");

        var again = new IecWizard(mvc, holder);
        assertThat(Visitor.body(again.details()))
                .contains("IEC " + holder.iec() + " is already registered on ICEGATE with a DSC.");
    }

    @Test
    void wrongPasswordsForOneLinkAreLimitedPerLinkWhateverTheAddress() {
        var holder = DgftRows.proprietor(jdbc);
        var submitted = fixtures.at(holder, RegistrationStatus.SUBMITTED, null);
        registrations.approve(submitted.referenceNumber(), "admin-asha", submitted.version());
        var link = activationLink(holder);

        for (int i = 0; i < RateLimit.ACTIVATION_LINK.tries(); i++) {
            var guesser = new Visitor(mvc);
            guesser.get(link.path());
            assertThat(Visitor.body(guesser.post(
                            "/registration/activate", "token", link.token(), "password", "Guess#" + i + "Pass")))
                    .contains("This is not the password chosen for this ICEGATE ID at registration.");
        }
        var another = new Visitor(mvc);
        another.get(link.path());
        var refused = Visitor.body(
                another.post("/registration/activate", "token", link.token(), "password", IecFixtures.PASSWORD));

        assertThat(refused).contains("Too many").doesNotContain("is active.");
        assertThat(accounts.findByIec(new Iec(holder.iec()))).isEmpty();
        var otherHolder = DgftRows.proprietor(jdbc);
        var other = fixtures.at(otherHolder, RegistrationStatus.SUBMITTED, null);
        registrations.approve(other.referenceNumber(), "admin-asha", other.version());
        var otherLink = activationLink(otherHolder);
        assertThat(Visitor.body(another.post(
                        "/registration/activate", "token", otherLink.token(), "password", IecFixtures.PASSWORD)))
                .as("another link from the same address is not held back")
                .contains("is active.");
    }

    @Test
    void anExpiredActivationLinkOffersANewOneThatWorks() {
        var holder = DgftRows.proprietor(jdbc);
        var submitted = fixtures.at(holder, RegistrationStatus.SUBMITTED, null);
        registrations.approve(submitted.referenceNumber(), "admin-asha", submitted.version());
        var link = activationLink(holder);
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        var visitor = new Visitor(mvc);
        visitor.get(link.path());
        assertThat(Visitor.body(visitor.post(
                        "/registration/activate", "token", link.token(), "password", IecFixtures.PASSWORD)))
                .contains("This activation link has expired.");
        visitor.post("/registration/activate/new-link", "token", link.token());
        var newLink = activationLink(holder);
        assertThat(newLink.token()).isNotEqualTo(link.token());

        visitor.get(newLink.path());
        assertThat(Visitor.body(visitor.post(
                        "/registration/activate", "token", newLink.token(), "password", IecFixtures.PASSWORD)))
                .contains("is active.");
        assertThat(Visitor.body(visitor.post(
                        "/registration/activate", "token", link.token(), "password", IecFixtures.PASSWORD)))
                .doesNotContain("is active.");
    }

    @Test
    void rejectionEmailsTheReasonFreesTheIdAndThePersonMayRegisterAgain() {
        var holder = DgftRows.proprietor(jdbc);
        var submitted = fixtures.at(holder, RegistrationStatus.SUBMITTED, null);

        registrations.reject(
                submitted.referenceNumber(), "admin-ravi", "The address proof is unreadable.", submitted.version());

        assertThat(outbox.latest(holder.email()).body()).contains("The address proof is unreadable.");
        assertThat(icegateIds.isTaken(IecFixtures.icegateId(holder))).isFalse();
        assertThat(accounts.findByIec(new Iec(holder.iec()))).isEmpty();
        var again = new IecWizard(mvc, holder);
        assertThat(again.details()).hasStatus3xxRedirection();
    }

    @Test
    void anUpgradeShowsTheExistingIdAndTheSimplifiedAccountMayFileOnlyAfterActivation() {
        var holder = DgftRows.proprietor(jdbc);
        var existing = IcegateId.of("simple-" + holder.pan().toLowerCase());
        accounts.openSimplified(new NewAccount(
                existing,
                new Iec(holder.iec()),
                null,
                holder.firmName(),
                EmailAddress.of(holder.email()),
                MobileNumber.of(holder.mobile()),
                "Simple#Route1A",
                "10.9.9.9"));

        var wizard = new IecWizard(mvc, holder);
        wizard.details();
        Registration started = repository
                .findDscByFlowKey(java.util.UUID.fromString(wizard.flowId))
                .orElseThrow();
        assertThat(started.upgrade()).isTrue();
        assertThat(started.icegateId()).contains(existing);

        var ready = fixtures.at(holder, RegistrationStatus.DSC_VERIFIED, existing);
        var visitor = new Visitor(mvc);
        var idPage = Visitor.body(visitor.get("/registration/iec/" + ready.flowKey() + "/icegate-id"));
        assertThat(idPage)
                .contains(existing.value())
                .doesNotContain("name=\"icegateId\"")
                .doesNotContain("name=\"newPassword\"");
        assertThat(visitor.post("/registration/iec/" + ready.flowKey() + "/icegate-id"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/submit");
        visitor.get("/registration/iec/" + ready.flowKey() + "/submit");
        assertThat(visitor.post("/registration/iec/" + ready.flowKey() + "/submit"))
                .hasStatus3xxRedirection();
        var submitted = repository.findDsc(ready.id()).orElseThrow();
        registrations.approve(submitted.referenceNumber(), "admin-asha", submitted.version());

        var beforeActivation = accounts.findByIec(new Iec(holder.iec())).orElseThrow();
        assertThat(beforeActivation.route()).isEqualTo(AccountRoute.SIMPLIFIED);
        assertThat(beforeActivation.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(beforeActivation.mayFile()).isFalse();

        var link = activationLink(holder);
        visitor.get(link.path());
        assertThat(Visitor.body(visitor.post("/registration/activate", "token", link.token())))
                .contains("is active.");
        var after = accounts.findByIec(new Iec(holder.iec())).orElseThrow();
        assertThat(after.icegateId()).isEqualTo(existing);
        assertThat(after.mayFile()).isTrue();
    }

    // ----- helpers

    record Link(String path, String token) {}

    private Link activationLink(DgftRows.Holder holder) {
        String body = outbox.latest(holder.email()).body();
        var matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("activation link in: " + body).isTrue();
        return new Link(matcher.group(1), matcher.group(2));
    }
}

package io.github.icegateportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.support.PortalTest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class IcegateIdsTests {

    @Autowired
    IcegateIds icegateIds;

    @Autowired
    Accounts accounts;

    @RepeatedTest(5)
    void twoPeopleReservingTheSameIdInDifferentCaseAtOnceExactlyOneGetsIt() throws Exception {
        IcegateId id = TestAccounts.uniqueId("Race");
        IcegateId sameInUpperCase = IcegateId.of(id.value().toUpperCase(Locale.ROOT));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> first = () -> {
                start.await();
                return icegateIds.reserve(id, "registration:first");
            };
            Callable<Boolean> second = () -> {
                start.await();
                return icegateIds.reserve(sameInUpperCase, "registration:second");
            };
            List<Future<Boolean>> results = List.of(pool.submit(first), pool.submit(second));
            start.countDown();
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(icegateIds.isTaken(IcegateId.of(id.value().toLowerCase(Locale.ROOT))))
                .isTrue();
    }

    @Test
    void theIssuingOfficesIdsAreTakenInAnyCase() {
        assertThat(icegateIds.isTaken(IcegateId.of("CLEINDIA1984"))).isTrue();
        assertThat(icegateIds.isTaken(IcegateId.of("cledelhi1984"))).isTrue();
        assertThat(icegateIds.isTaken(IcegateId.of("CLEJALANDHAR1984"))).isTrue();
        assertThat(icegateIds.reserve(IcegateId.of("CleMumbai1984"), "registration:x"))
                .isFalse();
    }

    @Test
    void theHolderMayReserveAgainAndReleaseItsOwnReservationOnly() {
        IcegateId id = TestAccounts.uniqueId("Again");
        assertThat(icegateIds.reserve(id, "registration:a")).isTrue();
        assertThat(icegateIds.reserve(id, "registration:a")).isTrue();
        assertThat(icegateIds.reserve(id, "registration:b")).isFalse();

        icegateIds.release(id, "registration:b");
        assertThat(icegateIds.isTaken(id)).isTrue();

        icegateIds.release(id, "registration:a");
        assertThat(icegateIds.isTaken(id)).isFalse();
        assertThat(icegateIds.reserve(id, "registration:b")).isTrue();
    }

    @Test
    void anAccountTakesOverTheIdItsRegistrationReservedButNotAnotherAccountsOrAnOfficesId() {
        NewAccount request = TestAccounts.newAccount("Takeover");
        assertThat(icegateIds.reserve(request.icegateId(), "registration:takeover"))
                .isTrue();

        AccountView view = accounts.openSimplified(request);

        assertThat(view.icegateId()).isEqualTo(request.icegateId());
        assertThat(icegateIds.reserve(request.icegateId(), "registration:later"))
                .isFalse();
        NewAccount sameId = new NewAccount(
                IcegateId.of(request.icegateId().value().toLowerCase(Locale.ROOT)),
                TestAccounts.uniqueIec(),
                null,
                "Other",
                request.email(),
                request.mobile(),
                TestAccounts.PASSWORD,
                null);
        assertThatThrownBy(() -> accounts.openSimplified(sameId)).isInstanceOf(IcegateIdTakenException.class);
        NewAccount officeId = new NewAccount(
                IcegateId.of("CLEAGRA1984"),
                TestAccounts.uniqueIec(),
                null,
                "Other",
                request.email(),
                request.mobile(),
                TestAccounts.PASSWORD,
                null);
        assertThatThrownBy(() -> accounts.openSimplified(officeId)).isInstanceOf(IcegateIdTakenException.class);
    }
}

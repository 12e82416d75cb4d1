package io.github.icegateportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icegateportal.shared.field.InvalidFieldException;
import io.github.icegateportal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PortalTest
class AccountsTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSimplifiedAccountIsActiveAndMayNotFile() {
        NewAccount request = TestAccounts.newAccount("Simple");

        AccountView view = accounts.openSimplified(request);

        assertThat(view.route()).isEqualTo(AccountRoute.SIMPLIFIED);
        assertThat(view.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(view.mayFile()).isFalse();
        assertThat(accounts.findByIec(request.iec())).contains(view);
        assertThat(accounts.findByIcegateId(request.icegateId())).contains(view);
    }

    @Test
    void aDscAccountMayLogInAndFileOnlyAfterActivation() {
        NewAccount request = TestAccounts.newAccount("Dsc");

        AccountView pending = accounts.openDscPendingActivation(request);
        assertThat(pending.status()).isEqualTo(AccountStatus.PENDING_ACTIVATION);
        assertThat(pending.mayFile()).isFalse();

        accounts.activate(request.icegateId());

        AccountView active = accounts.findByIcegateId(request.icegateId()).orElseThrow();
        assertThat(active.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(active.mayFile()).isTrue();
    }

    @Test
    void aSimplifiedAccountUpgradedByTheDscRouteKeepsWorkingThenGainsFiling() {
        NewAccount request = TestAccounts.newAccount("Upgrade");
        accounts.openSimplified(request);

        AccountView duringUpgrade = accounts.openDscPendingActivation(request);
        accounts.activate(request.icegateId());
        assertThat(duringUpgrade.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(accounts.findByIec(request.iec()).orElseThrow().mayFile()).isFalse();

        accounts.grantFiling(request.iec());

        AccountView upgraded = accounts.findByIec(request.iec()).orElseThrow();
        assertThat(upgraded.route()).isEqualTo(AccountRoute.DSC);
        assertThat(upgraded.mayFile()).isTrue();
    }

    @Test
    void oneAccountPerIec() {
        NewAccount first = TestAccounts.newAccount("First");
        accounts.openSimplified(first);
        NewAccount second = new NewAccount(
                TestAccounts.uniqueId("Second"),
                first.iec(),
                null,
                "Second",
                first.email(),
                first.mobile(),
                TestAccounts.PASSWORD,
                null);

        assertThatThrownBy(() -> accounts.openSimplified(second)).isInstanceOf(IecAlreadyHasAccountException.class);
    }

    @Test
    void aPasswordThatBreaksThePolicyOpensNoAccount() {
        NewAccount base = TestAccounts.newAccount("Weak");
        NewAccount weak = new NewAccount(
                base.icegateId(), base.iec(), null, base.firmName(), base.email(), base.mobile(), "password", null);

        assertThatThrownBy(() -> accounts.openSimplified(weak)).isInstanceOf(InvalidFieldException.class);
        assertThat(accounts.findByIec(base.iec())).isEmpty();
    }

    @Test
    void thePasswordIsStoredOnlyAsAnArgon2Hash() {
        NewAccount request = TestAccounts.newAccount("Hashed");
        accounts.openSimplified(request);

        String hash = jdbc.queryForObject(
                "SELECT password_hash FROM accounts WHERE iec = ?",
                String.class,
                request.iec().value());

        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(TestAccounts.PASSWORD);
    }
}

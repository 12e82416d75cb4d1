package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.account.NewAccount;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.support.PortalTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Admins and exporters share Spring Session's principal-name index; an exporter's password change ends every
 * session indexed under the upper-cased ICEGATE ID. An admin's sessions are indexed under {@code admin:<name>}, so
 * an admin whose name is spelt like an exporter's ICEGATE ID keeps their sessions.
 */
@PortalTest
class AdminSessionNamesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AdminAccounts accounts;

    @Autowired
    Accounts exporters;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void anAdminNamedLikeAnIcegateIdIsNotIndexedUnderThatId() {
        // a valid ICEGATE ID with no letters, so its upper-cased key is the admin's (lower-cased) name exactly
        String name = "2026-" + (System.nanoTime() % 100_000);
        String password = accounts.add(name, "admin", "127.0.0.1").orElseThrow();

        AdminLogin.as(mvc, name, password);

        assertThat(sessions.findByPrincipalName(name))
                .as("what the account module ends when the exporter %s changes their password", name)
                .isEmpty();
        assertThat(sessions.findByPrincipalName("admin:" + name)).hasSize(1);
    }

    @Test
    void aSessionThatChangesFromAdminToExporterMovesToTheExportersName() {
        var id = IcegateId.of("SESSNAME_" + System.nanoTime() % 1_000_000_000L);
        var random = ThreadLocalRandom.current();
        exporters.openSimplified(new NewAccount(
                id,
                Iec.of("8" + "%09d".formatted(random.nextInt(1_000_000_000))),
                null,
                "Session Name Traders",
                EmailAddress.of(id.value().toLowerCase().replace('_', '.') + "@example.in"),
                MobileNumber.of("7" + "%09d".formatted(random.nextInt(1_000_000_000))),
                "Kite#Lantern42",
                "10.9.9.9"));
        var person = AdminLogin.asFirstAdmin(mvc);
        assertThat(sessions.findByPrincipalName(id.key())).isEmpty();

        person.get("/login");
        assertThat(person.post("/login", "username", id.value(), "password", "Kite#Lantern42")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/dashboard");

        var asExporter = sessions.findByPrincipalName(id.key()).keySet();
        assertThat(asExporter).hasSize(1);
        assertThat(sessions.findByPrincipalName("admin:" + AdminLogin.USERNAME).keySet())
                .doesNotContainAnyElementsOf(asExporter);
    }
}

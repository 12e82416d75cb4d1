package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Route B as three people live it, through the pages only: the exporter registers with the demo token, an admin
 * approves it in the queue, the exporter activates the account from the link in the outbox, logs in, and may file.
 */
@PortalTest
class IecRouteEndToEndTests extends IecJourney {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern LINK =
            Pattern.compile("https?://[^/\\s]+(/registration/activate\\?token=([A-Za-z0-9_-]+))");

    @Test
    void registeredWithTheDemoTokenApprovedByAnAdminActivatedFromTheOutboxThenLogsInAndMayFile() {
        var holder = DgftRows.proprietor(jdbc);
        var wizard = new IecWizard(mvc, holder);
        wizard.details();
        wizard.otps();
        wizard.uploadProprietorDocuments();
        wizard.signature(new DemoSignatures(mvc).valid(holder, wizard.challenge()));
        String icegateId = "e2e-" + holder.pan().toLowerCase();
        wizard.icegateId(icegateId, IecFixtures.PASSWORD);
        String reference = wizard.submit();
        var enquirer = new Visitor(mvc);
        enquirer.get("/registration/status");
        String waiting = Visitor.body(enquirer.post("/registration/status", "referenceNumber", reference));
        assertThat(status(reference)).isEqualTo("SUBMITTED");
        assertThat(waiting).contains(reference).doesNotContain(IecFixtures.PASSWORD);

        var admin = new Visitor(mvc);
        admin.get("/admin/login");
        assertThat(admin.post("/admin/login", "username", "admin", "password", "Admin-Test-Pa55!")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/admin");
        assertThat(Visitor.body(admin.get("/admin/registrations", "iec", holder.iec())))
                .contains(reference);
        String detail = Visitor.body(admin.get("/admin/registrations/" + reference));
        var version = VERSION.matcher(detail);
        assertThat(version.find()).isTrue();
        assertThat(Visitor.body(admin.follow(admin.post(
                        "/admin/registrations/" + reference + "/approve",
                        "version",
                        version.group(1),
                        "confirmed",
                        "true"))))
                .contains("The registration has been approved.");

        String mail = new Outbox(mvc).latest(holder.email()).body();
        var link = LINK.matcher(mail);
        assertThat(link.find()).as("activation link in: " + mail).isTrue();
        var exporter = new Visitor(mvc);
        exporter.get(link.group(1));
        assertThat(Visitor.body(exporter.post(
                        "/registration/activate", "token", link.group(2), "password", IecFixtures.PASSWORD)))
                .contains("is active.");

        var login = exporter.logIn(icegateId, IecFixtures.PASSWORD);
        assertThat(login.getResponse().getRedirectedUrl()).endsWith("/dashboard");
        assertThat(Visitor.body(exporter.get("/dashboard"))).contains(holder.iec());
        assertThat(exporter.get("/filing")).hasStatusOk();
        assertThat(status(reference)).isEqualTo("ACTIVATED");
    }

    private String status(String reference) {
        return jdbc.queryForObject(
                "select status from registration where reference_number = ?", String.class, reference);
    }
}

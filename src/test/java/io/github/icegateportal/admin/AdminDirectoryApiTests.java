package io.github.icegateportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.directory.DirectoryFaults;
import io.github.icegateportal.support.OpenApiClient;
import io.github.icegateportal.support.PortalTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The directory stubs over the admin API: look-ups as the flows see them, fault modes, a CSV import. */
@PortalTest
class AdminDirectoryApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DirectoryFaults faults;

    @AfterEach
    void normalDirectories() {
        faults.reset();
    }

    @Test
    void anAdminLooksUpSwitchesAFaultAndImportsRecords() {
        var anonymous = new OpenApiClient(mvc);
        assertThat(anonymous.call("dgftLookUp", null, "AAGCS5129H")).hasStatus(401);
        String token = OpenApiClient.json(anonymous
                        .from("10.83.0.1")
                        .call("adminLogin", Map.of("username", AdminLogin.USERNAME, "password", AdminLogin.PASSWORD)))
                .get("accessToken")
                .toString();
        var admin = anonymous.withToken(token);

        var record = admin.call("dgftLookUp", null, "aagcs5129h");
        assertThat(record).hasStatusOk();
        assertThat(OpenApiClient.json(record).get("firmName")).isEqualTo("Saraswati Pharma Private Limited");
        assertThat(OpenApiClient.json(record).get("signatories").toString()).contains("Anand Kulkarni");
        assertThat(admin.call("dgftLookUp", null, "ZZZPZ9999Z")).hasStatus(404);
        assertThat(OpenApiClient.json(admin.call("dgftLookUp", null, "12"))
                        .get("errors")
                        .toString())
                .contains("field=iec");
        assertThat(admin.call("gstnLookUp", null, "27AAGCS5129H1Z8")).hasStatusOk();

        var failing = admin.call("setDirectoryFault", Map.of("mode", "FAIL"), "DGFT");
        assertThat(failing).hasStatusOk();
        assertThat(OpenApiClient.json(failing).get("DGFT")).isEqualTo("FAIL");
        var unavailable = admin.call("dgftLookUp", null, "AAGCS5129H");
        assertThat(unavailable).hasStatus(503);
        assertThat(unavailable.getResponse().getHeader("Retry-After")).isEqualTo("60");
        assertThat(admin.call("setDirectoryFault", Map.of("mode", "BROKEN"), "DGFT"))
                .hasStatus(400);
        admin.call("setDirectoryFault", Map.of("mode", "NORMAL"), "DGFT");

        String pan =
                "IMP" + "PQ" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "Z";
        String csv = "iec,pan,firm_name,email,mobile,address,status,last_updated,signatories\n" + pan + "," + pan
                + ",Api Import Traders,api.import@example.in,9845011229,Pune,ACTIVE,2026-04-01,Api Person;" + pan
                + ";Proprietor\n";
        var started = admin.upload(
                "startDirectoryImport",
                new MockMultipartFile("file", "iec.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)),
                Map.of("kind", "IEC"));
        assertThat(started).hasStatus(202);
        String id = OpenApiClient.json(started).get("id").toString();
        Awaitility.await().ignoreExceptions().until(() -> !"RUNNING"
                .equals(OpenApiClient.json(admin.call("directoryImport", null, id))
                        .get("status")));
        assertThat(OpenApiClient.json(admin.call("directoryImport", null, id)).get("accepted"))
                .isEqualTo(1);
        assertThat(admin.call("dgftLookUp", null, pan)).hasStatusOk();
    }
}

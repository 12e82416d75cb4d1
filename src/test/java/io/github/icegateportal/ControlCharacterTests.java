package io.github.icegateportal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * NUL and the other control characters are refused wherever they are typed, before they reach the database (on
 * PostgreSQL, where NUL in text is an error, these were 500s; the pom runs this class there too): a form field gets
 * the message next to it and keeps the rest of the form, a query value gets the portal's "Bad request" page, a login
 * name gets the login page's own message.
 */
@PortalTest
class ControlCharacterTests {

    static final String NUL_INSIDE = "a\u0000b";
    static final String MESSAGE = "Remove the control characters (such as NUL) from this field";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLoginNameWithNulGetsTheLoginPagesOwnMessage() {
        var visitor = new Visitor(mvc);

        var answer = visitor.logIn(NUL_INSIDE, "Kite#Lantern42");

        assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/login?error=characters");
        assertThat(page(visitor.follow(answer)))
                .contains("The ICEGATE ID or IEC contains control characters (such as NUL) that no ID can hold.");
    }

    @Test
    void anAdminLoginNameWithNulIsRefusedAndLeavesNoEventBehind() {
        var admin = new Visitor(mvc);
        long before = incompletePublications();
        admin.get("/admin/login");

        var answer = admin.post("/admin/login", "username", NUL_INSIDE, "password", "Admin-Test-Pa55!");

        assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/admin/login?error");
        assertThat(incompletePublications()).isEqualTo(before);
    }

    @Test
    void anIdentifierWithNulIsRefusedNextToItAndTheRestOfTheFormIsKept() {
        var visitor = new Visitor(mvc);
        visitor.get("/registration/iec/details");

        var answer = visitor.post(
                "/registration/iec/details",
                "iec",
                "BQRPK4721L",
                "pan",
                "BQRPK4721L",
                "email",
                "rohan\u0000@example.in",
                "mobile",
                "9876543210");

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(answer))
                .containsPattern("id=\"email-error\"[^>]*>\\s*Enter an email address")
                .contains("value=\"BQRPK4721L\"", "value=\"9876543210\"");
    }

    @Test
    void forgotPasswordWithNulSaysSoNextToTheField() {
        var visitor = new Visitor(mvc);
        visitor.get("/login/forgot-password");

        var answer = visitor.post("/login/forgot-password", "username", NUL_INSIDE);

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(answer)).containsPattern("id=\"username-error\"[^>]*>\\s*" + Pattern.quote(MESSAGE));
    }

    @Test
    void continueUsingReferenceIdWithNulSaysSoNextToTheField() {
        var visitor = new Visitor(mvc);
        visitor.get("/registration/iec/continue");

        var answer = visitor.post("/registration/iec/continue", "referenceNumber", "REF\u0001");

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(answer)).containsPattern("id=\"referenceNumber-error\"[^>]*>\\s*" + Pattern.quote(MESSAGE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/registration/status reference a\u0000b",
                "/demo/outbox recipient a\u0000b",
                "/login error a\u0000b",
                "/ lang \u0085",
                "/enquiry/iec-status x \u001b"
            })
    void aQueryValueWithAControlCharacterGetsABadRequest(String request) {
        String[] parts = request.translateEscapes().split(" ");

        var answer = new Visitor(mvc).get(parts[0], parts[1], parts[2]);

        assertThat(answer.getResponse().getStatus()).isEqualTo(400);
    }

    private long incompletePublications() {
        return jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL", Long.class);
    }

    private static String page(MvcTestResult result) {
        return Visitor.body(result);
    }
}

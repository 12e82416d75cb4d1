package io.github.icegateportal.registration.simplified;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.Visitor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/** One person going through Route A on MockMvc, reading what was "sent" to them from the demo outbox. */
final class SimplifiedPages {

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("is: (\\S{12})");

    private static final Pattern FLOW = Pattern.compile("/registration/simplified/([0-9a-f-]{36})/");

    final Visitor visitor;

    final Outbox outbox;

    SimplifiedPages(Visitor visitor, Outbox outbox) {
        this.visitor = visitor;
        this.outbox = outbox;
    }

    /** Asks for a temporary password on the public form and reads it from the email to {@code gstnEmail}. */
    String temporaryPassword(String iec, String gstin, String gstnEmail) {
        this.visitor.get("/registration/simplified/temporary-password");
        MvcTestResult sent =
                this.visitor.post("/registration/simplified/temporary-password", "iec", iec, "gstin", gstin);
        assertThat(sent).hasStatus3xxRedirection();
        Matcher matcher =
                TEMPORARY_PASSWORD.matcher(this.outbox.latest(gstnEmail).body());
        assertThat(matcher.find()).as("temporary password in the email").isTrue();
        return matcher.group(1);
    }

    /** Step 2; returns the response (a redirect to the ID step when accepted). */
    MvcTestResult details(String iec, String gstin, String password) {
        this.visitor.get("/registration/simplified");
        return this.visitor.post("/registration/simplified", "iec", iec, "gstin", gstin, "password", password);
    }

    /** Step 2 accepted: the flow's base path, {@code /registration/simplified/<id>/}. */
    String start(String iec, String gstin, String password) {
        MvcTestResult result = details(iec, gstin, password);
        assertThat(result).hasStatus3xxRedirection();
        return flowOf(result.getResponse().getRedirectedUrl());
    }

    MvcTestResult chooseId(String flow, String icegateId, String password) {
        this.visitor.get(flow + "icegate-id");
        return this.visitor.post(
                flow + "icegate-id",
                "icegateId",
                icegateId,
                "email",
                "forged@example.com",
                "mobile",
                "9000000000",
                "newPassword",
                password,
                "confirmPassword",
                password);
    }

    MvcTestResult otps(String flow, String mobileOtp, String emailOtp) {
        this.visitor.get(flow + "otp");
        return this.visitor.post(flow + "otp", "mobileOtp", mobileOtp, "emailOtp", emailOtp);
    }

    MvcTestResult resume(String iec, String gstin, String mobileOtp, String emailOtp) {
        this.visitor.get("/registration/simplified/resume");
        return this.visitor.post(
                "/registration/simplified/resume",
                "iec",
                iec,
                "gstin",
                gstin,
                "mobileOtp",
                mobileOtp,
                "emailOtp",
                emailOtp);
    }

    /** The page after following redirects, as text with HTML entities decoded. */
    String show(MvcTestResult result) {
        return text(follow(result));
    }

    /** The page a response leads to, following redirects as a browser does. */
    MvcTestResult follow(MvcTestResult result) {
        MvcTestResult page = result;
        while (page.getResponse().getRedirectedUrl() != null) {
            page = this.visitor.follow(page);
        }
        return page;
    }

    /** The page's text without markup, entities decoded and white space collapsed: what a reader sees. */
    static String text(MvcTestResult result) {
        String withoutTags = Visitor.body(result).replaceAll("<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(withoutTags).replaceAll("\\s+", " ");
    }

    static String flowOf(String url) {
        Matcher matcher = FLOW.matcher(url);
        assertThat(matcher.find()).as("flow id in %s", url).isTrue();
        return "/registration/simplified/" + matcher.group(1) + "/";
    }

    /**
     * Stores a temporary password for a pair directly, as ICEGATE would have sent one before the record changed
     * (the public form only sends to eligible pairs).
     */
    static void storeTemporaryPassword(JdbcTemplate jdbc, String iec, String gstin, String password, Instant now) {
        jdbc.update("DELETE FROM temporary_password WHERE iec = ? AND gstin = ?", iec, gstin);
        jdbc.update(
                "INSERT INTO temporary_password (iec, gstin, salt, password_hash, issued_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                iec,
                gstin,
                "00",
                sha256("00" + password),
                Timestamp.from(now),
                Timestamp.from(now.plusSeconds(86_400)));
    }

    /**
     * A holder of the test's own: an active IEC (equal to its PAN) and an active GSTIN with the same contacts at DGFT
     * and GSTN, and a temporary password for the pair. Returns the GSTIN.
     */
    static String holder(JdbcTemplate jdbc, String iec, String email, String mobile, String password, Instant now) {
        String gstin = "29" + iec + "1Z" + io.github.icegateportal.shared.field.Gstin.checkCharacter("29" + iec + "1Z");
        java.sql.Date today =
                java.sql.Date.valueOf(now.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        jdbc.update("DELETE FROM gstn_registration WHERE gstin = ?", gstin);
        jdbc.update("DELETE FROM dgft_iec WHERE iec = ?", iec);
        jdbc.update(
                "INSERT INTO dgft_iec (iec, pan, firm_name, email, mobile, address, status, last_updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)",
                iec,
                iec,
                "Test Holder " + iec,
                email,
                mobile,
                "1 Test Road, Bengaluru",
                today);
        jdbc.update(
                "INSERT INTO gstn_registration (gstin, pan, legal_name, email, mobile, status, last_updated)"
                        + " VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?)",
                gstin,
                iec,
                "Test Holder " + iec,
                email,
                mobile,
                today);
        storeTemporaryPassword(jdbc, iec, gstin, password, now);
        return gstin;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}

package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.registration.iec.DgftRows.Holder;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.Visitor;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/** A person going through the IEC-based registration's pages, step by step, as a browser would. */
final class IecWizard {

    private static final Pattern FLOW = Pattern.compile("/registration/iec/([0-9a-f-]{36})/");
    private static final Pattern CHALLENGE = Pattern.compile("<pre id=\"dsc-challenge\"[^>]*>([^<]*)</pre>");
    private static final Pattern REFERENCE = Pattern.compile("<span id=\"reference-number\">([^<]*)</span>");

    final Visitor visitor;
    final Outbox outbox;
    final Holder holder;
    String flowId;

    IecWizard(MockMvcTester mvc, Holder holder) {
        this.visitor = new Visitor(mvc);
        this.outbox = new Outbox(mvc);
        this.holder = holder;
    }

    String base() {
        return "/registration/iec/" + flowId;
    }

    /** Posts the IEC details as given; returns the response (a redirect to the OTPs when they matched). */
    MvcTestResult details(String iec, String pan, String email, String mobile) {
        visitor.get("/registration/iec/details");
        var result =
                visitor.post("/registration/iec/details", "iec", iec, "pan", pan, "email", email, "mobile", mobile);
        String location = result.getResponse().getRedirectedUrl();
        if (location != null) {
            var matcher = FLOW.matcher(location + "/");
            assertThat(matcher.find()).as(location).isTrue();
            flowId = matcher.group(1);
        }
        return result;
    }

    MvcTestResult details() {
        return details(holder.iec(), holder.pan(), holder.email(), holder.mobile());
    }

    MvcTestResult otps(String mobileOtp, String emailOtp) {
        visitor.get(base() + "/otp");
        return visitor.post(base() + "/otp", "mobileOtp", mobileOtp, "emailOtp", emailOtp);
    }

    MvcTestResult otps() {
        return otps(outbox.otp(holder.mobile()), outbox.otp(holder.email()));
    }

    MvcTestResult upload(KycDocumentType type, String fileName, byte[] content) {
        return upload(type, new MockMultipartFile("file", fileName, "application/octet-stream", content));
    }

    MvcTestResult upload(KycDocumentType type, MockMultipartFile file) {
        visitor.get(base() + "/documents");
        return visitor.upload(base() + "/documents", file, "type", type.name());
    }

    /** Uploads a small PDF for every document a proprietor needs. */
    void uploadProprietorDocuments() {
        for (var type : KycDocumentProperties.defaults().get(io.github.icegateportal.shared.field.PanHolderType.P)) {
            assertThat(upload(type, type.name().toLowerCase() + ".pdf", SampleFiles.pdf()))
                    .hasStatus3xxRedirection();
        }
    }

    /** The challenge shown on the DSC step, as the page shows it. */
    String challenge() {
        var page = Visitor.body(visitor.get(base() + "/dsc"));
        var matcher = CHALLENGE.matcher(page);
        assertThat(matcher.find()).as("challenge on the DSC page").isTrue();
        return HtmlUtils.htmlUnescape(matcher.group(1));
    }

    MvcTestResult signature(byte[] p7s) {
        visitor.get(base() + "/dsc");
        return visitor.upload(
                base() + "/dsc",
                new MockMultipartFile("signature", "challenge.p7s", "application/pkcs7-signature", p7s));
    }

    MvcTestResult icegateId(String icegateId, String password) {
        visitor.get(base() + "/icegate-id");
        return visitor.post(
                base() + "/icegate-id", "icegateId", icegateId, "newPassword", password, "confirmPassword", password);
    }

    /** Submits and returns the reference number the page shows. */
    String submit() {
        visitor.get(base() + "/submit");
        var result = visitor.post(base() + "/submit");
        assertThat(result).hasStatus3xxRedirection();
        var page = Visitor.body(visitor.follow(result));
        var matcher = REFERENCE.matcher(page);
        assertThat(matcher.find()).as("reference number on the page").isTrue();
        assertThat(page).contains("24–72 hours");
        return matcher.group(1);
    }
}

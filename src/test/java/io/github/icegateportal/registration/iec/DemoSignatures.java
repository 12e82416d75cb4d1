package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.registration.iec.DgftRows.Holder;
import io.github.icegateportal.support.Visitor;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Signatures made by the demo DSC token ({@code /demo/dsc}) as a person makes them in the browser: choose the
 * IEC's signatory and a kind of certificate, sign the challenge (or other text), download the {@code .p7s}.
 */
final class DemoSignatures {

    private static final Pattern TOKEN = Pattern.compile("/demo/dsc/tokens/([0-9a-f-]{36})");

    private final Visitor visitor;

    DemoSignatures(MockMvcTester mvc) {
        this.visitor = new Visitor(mvc);
    }

    /** A valid Class 3 signature of {@code challenge} by the IEC's first signatory. */
    byte[] valid(Holder holder, String challenge) {
        return sign(holder, challenge, "VALID_CLASS_3", "challenge");
    }

    /** The demo token's id of a signature of {@code kind} (see the token page), for attaching it directly. */
    String tokenId(Holder holder, String challenge, String kind, String text) {
        visitor.get("/demo/dsc", "iec", holder.iec(), "challenge", challenge);
        var result = visitor.post(
                "/demo/dsc",
                "iec",
                holder.iec(),
                "signatory",
                "0",
                "kind",
                kind,
                "text",
                text,
                "challenge",
                challenge,
                "returnTo",
                "");
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location)
                .as("demo token page answered: " + Visitor.body(result))
                .isNotNull();
        var matcher = TOKEN.matcher(location);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** A signature by a certificate of {@code kind} over the challenge ({@code text} "challenge") or other text. */
    byte[] sign(Holder holder, String challenge, String kind, String text) {
        String id = tokenId(holder, challenge, kind, text);
        var download = visitor.get("/demo/dsc/tokens/" + id + "/challenge.p7s");
        assertThat(download).hasStatusOk();
        return download.getResponse().getContentAsByteArray();
    }
}

package io.github.icegateportal.support;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.MobileNumber;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The demo outbox as a person reads it: {@code /demo/outbox.json}, newest first. */
public final class Outbox {

    private static final Pattern OTP = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvcTester mvc;

    public Outbox(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    public record Message(String channel, String recipient, String subject, String body, String sentAt) {}

    /** Every message to {@code recipient} (an email address or a mobile number), newest first. */
    public List<Message> to(Object recipient) {
        var result = mvc.get()
                .uri("/demo/outbox.json")
                .param("recipient", recipient.toString())
                .param("limit", "50")
                .exchange();
        return JSON.readValue(Visitor.body(result), new TypeReference<List<Message>>() {});
    }

    /** The newest message to {@code recipient}. */
    public Message latest(Object recipient) {
        var messages = to(recipient);
        if (messages.isEmpty()) {
            throw new AssertionError("No message to " + recipient);
        }
        return messages.get(0);
    }

    /** The OTP in the newest message to {@code recipient}: the only run of 6 digits in its body. */
    public String otp(Object recipient) {
        var body = latest(recipient).body();
        var matcher = OTP.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No OTP in: " + body);
        }
        var code = matcher.group();
        if (matcher.find()) {
            throw new AssertionError("More than one run of 6 digits in: " + body);
        }
        return code;
    }

    /** An address no other test writes to, so that its messages are the test's own. */
    public static EmailAddress uniqueEmail() {
        return EmailAddress.of(
                "outbox-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "@example.com");
    }

    /** A mobile number no other test sends to. */
    public static MobileNumber uniqueMobile() {
        return MobileNumber.of(
                "6" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)));
    }
}

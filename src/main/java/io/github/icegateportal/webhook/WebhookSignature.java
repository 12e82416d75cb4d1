package io.github.icegateportal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature each delivery carries: {@code Webhook-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}
 * with {@code Webhook-Timestamp} (seconds since the epoch), so a receiver can check the body came from the portal and
 * refuse an old one replayed.
 */
final class WebhookSignature {

    static final String ID = "Webhook-Id";
    static final String TIMESTAMP = "Webhook-Timestamp";
    static final String SIGNATURE = "Webhook-Signature";

    private WebhookSignature() {}

    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}

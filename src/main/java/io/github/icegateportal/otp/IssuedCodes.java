package io.github.icegateportal.otp;

import java.time.Instant;

/**
 * A fresh pair of codes, to be sent at once and then forgotten: only their hashes are kept.
 *
 * @param expiresAt when the codes stop working ({@code portal.otp.lifetime} after they were issued)
 */
public record IssuedCodes(String mobileCode, String emailCode, Instant expiresAt) {

    /** Never print the codes into a log. */
    @Override
    public String toString() {
        return "IssuedCodes[mobileCode=******, emailCode=******, expiresAt=" + expiresAt + "]";
    }
}

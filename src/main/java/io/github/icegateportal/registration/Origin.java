package io.github.icegateportal.registration;

import java.time.Instant;

/**
 * Who asks for a step, from where, and when (from the injected clock): what every registration event carries for
 * the audit log.
 *
 * @param actor an ICEGATE ID, an admin's user name, {@code "anonymous"} or {@code "system"}
 * @param remoteAddress the client address, or null for scheduled work
 */
public record Origin(String actor, String remoteAddress, Instant at) {

    public static Origin anonymous(String remoteAddress, Instant at) {
        return new Origin("anonymous", remoteAddress, at);
    }

    public static Origin system(Instant at) {
        return new Origin("system", null, at);
    }
}

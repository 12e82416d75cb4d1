package io.github.icegateportal.admin;

import java.time.Duration;

/** How long a registration has waited, in the words of the 24–72 hour promise. */
final class Ages {

    static final Duration USUAL = Duration.ofHours(24);

    private Ages() {}

    static String text(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }
}

package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, distinct accounts for tests, so no test depends on another's data. */
final class TestAccounts {

    static final String PASSWORD = "Kite#Lantern42";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestAccounts() {}

    /** An ICEGATE ID no other test uses. */
    static IcegateId uniqueId(String prefix) {
        return IcegateId.of(prefix + "_"
                + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + COUNTER.incrementAndGet());
    }

    /** A legacy-shaped (10-digit) IEC no other test uses. */
    static Iec uniqueIec() {
        return Iec.of("8" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)));
    }

    /** A mobile number no other test uses, so outbox look-ups find only this test's messages. */
    static MobileNumber uniqueMobile() {
        return MobileNumber.of(
                "7" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)));
    }

    static EmailAddress uniqueEmail(IcegateId id) {
        return EmailAddress.of(id.value().toLowerCase(java.util.Locale.ROOT).replace('_', '.') + "@example.in");
    }

    static NewAccount newAccount(String prefix) {
        IcegateId id = uniqueId(prefix);
        return new NewAccount(
                id, uniqueIec(), null, "Test Traders " + id, uniqueEmail(id), uniqueMobile(), PASSWORD, "10.9.9.9");
    }
}

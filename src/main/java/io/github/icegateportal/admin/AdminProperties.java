package io.github.icegateportal.admin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin module's switches.
 *
 * @param initialUsername the user name of the admin created at the first start
 * @param initialPassword that admin's password; when absent a random one is written to the log once and must be
 *     changed at the first login
 * @param promise how long a DSC registration may wait for a decision before its row stands out as overdue (the
 *     portal promises 24 to 72 hours)
 * @param bulkBatchSize how many IECs one step of the bulk temporary-password run handles
 */
@ConfigurationProperties("portal.admin")
record AdminProperties(
        @DefaultValue("admin") String initialUsername,
        String initialPassword,
        @DefaultValue("PT72H") Duration promise,
        @DefaultValue("200") int bulkBatchSize) {

    boolean hasInitialPassword() {
        return initialPassword != null && !initialPassword.isBlank();
    }
}

package io.github.icegateportal.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin when there is none: with {@code portal.admin.initial-password} if it is set (for example
 * through the environment variable {@code PORTAL_ADMIN_INITIAL_PASSWORD}), otherwise with a random password that is
 * written to the log this once and must be changed at the first login. There is no default password anywhere.
 */
@Component
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final AdminAccounts accounts;
    private final AdminProperties properties;

    InitialAdmin(AdminAccounts accounts, AdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String username = AdminAccounts.normalise(properties.initialUsername());
        if (properties.hasInitialPassword()) {
            if (accounts.createFirst(username, properties.initialPassword(), false)) {
                log.info("First admin '{}' created with the password from portal.admin.initial-password", username);
            }
            return;
        }
        String password = AdminAccounts.randomPassword();
        if (accounts.createFirst(username, password, true)) {
            log.warn(
                    "First admin '{}' created with the one-time password {} (shown only this once; it must be changed"
                            + " at the first login at /admin/login)",
                    username,
                    password);
        }
    }
}

package io.github.icegateportal.admin;

import io.github.icegateportal.shared.field.PasswordPolicy;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admin accounts: creating, signing in, changing the password, disabling and enabling. Every change is audited. */
@Service
class AdminAccounts {

    static final String USERNAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{2,49}";

    private final AdminUserRepository admins;
    private final AdminPasswords passwords;
    private final AdminAudit audit;
    private final Clock clock;

    AdminAccounts(AdminUserRepository admins, AdminPasswords passwords, AdminAudit audit, Clock clock) {
        this.admins = admins;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    Optional<AdminUser> find(String username) {
        return admins.findByUsername(normalise(username));
    }

    @Transactional(readOnly = true)
    List<AdminUser> all() {
        return admins.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    long count() {
        return admins.count();
    }

    /**
     * Creates the first admin if there is none yet; several instances starting at once create it once (the user
     * name is unique).
     *
     * @return true when this call created it
     */
    @Transactional
    boolean createFirst(String username, String rawPassword, boolean mustChangePassword) {
        if (admins.count() > 0) {
            return false;
        }
        try {
            admins.saveAndFlush(new AdminUser(
                    normalise(username), passwords.encode(rawPassword), mustChangePassword, clock.instant(), "system"));
        } catch (DataIntegrityViolationException alreadyThere) {
            return false;
        }
        publish("system", null, normalise(username), "ADMIN_CREATED", "First admin created at start-up");
        return true;
    }

    /**
     * Adds an admin with a random password that they must change at their first login.
     *
     * @return the one-time password to hand over, or empty when the user name is taken
     */
    @Transactional
    Optional<String> add(String username, String actor, String remoteAddress) {
        String name = normalise(username);
        if (admins.findByUsername(name).isPresent()) {
            return Optional.empty();
        }
        String password = randomPassword();
        try {
            admins.saveAndFlush(new AdminUser(name, passwords.encode(password), true, clock.instant(), actor));
        } catch (DataIntegrityViolationException taken) {
            return Optional.empty();
        }
        publish(actor, remoteAddress, name, "ADMIN_ADDED", "Admin " + name + " added by " + actor);
        return Optional.of(password);
    }

    /**
     * Disables another admin (never oneself: someone must be left to enable them again). One already disabled, by
     * another admin a moment before, stays so: done, and recorded once.
     */
    @Transactional
    boolean disable(long id, String actor, String remoteAddress) {
        var admin = admins.lockById(id).orElse(null);
        if (admin == null || admin.username().equals(normalise(actor))) {
            return false;
        }
        if (!admin.enabled()) {
            return true;
        }
        admin.disable();
        publish(actor, remoteAddress, admin.username(), "ADMIN_DISABLED", "Admin " + admin.username() + " disabled");
        return true;
    }

    @Transactional
    boolean enable(long id, String actor, String remoteAddress) {
        var admin = admins.lockById(id).orElse(null);
        if (admin == null || admin.enabled()) {
            return false;
        }
        admin.enable();
        publish(actor, remoteAddress, admin.username(), "ADMIN_ENABLED", "Admin " + admin.username() + " enabled");
        return true;
    }

    @Transactional
    void changePassword(String username, String rawPassword, String remoteAddress) {
        var admin = admins.findByUsername(normalise(username)).orElseThrow();
        admin.changePassword(passwords.encode(rawPassword));
        publish(admin.username(), remoteAddress, admin.username(), "ADMIN_PASSWORD_CHANGED", "Password changed");
    }

    boolean passwordMatches(String username, String rawPassword) {
        return find(username)
                .map(admin -> passwords.matches(rawPassword, admin.passwordHash()))
                .orElse(false);
    }

    @Transactional
    void loggedIn(String username, String remoteAddress) {
        admins.findByUsername(normalise(username)).ifPresent(admin -> admin.loggedIn(clock.instant()));
        publish(normalise(username), remoteAddress, normalise(username), "ADMIN_LOGIN", "Admin signed in");
    }

    @Transactional
    void loginFailed(String attemptedUsername, String remoteAddress) {
        String name = normalise(attemptedUsername);
        String subject = name.isEmpty() ? "(none)" : name.substring(0, Math.min(name.length(), 50));
        publish("anonymous", remoteAddress, subject, "ADMIN_LOGIN_FAILED", "Admin sign-in refused");
    }

    private void publish(String actor, String remoteAddress, String username, String action, String details) {
        audit.record(actor, remoteAddress, "admin " + username, action, details);
    }

    /** A random password meeting the password rule ({@link PasswordPolicy#random()}). */
    static String randomPassword() {
        return PasswordPolicy.random();
    }
}

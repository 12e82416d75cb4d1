package io.github.icegateportal.shared.security;

/**
 * The roles of the people who sign in: an admin, and one role per kind of account (the account module's
 * {@code AccountKind}: an IEC holder is an exporter, an issuing office an office). An admin and an exporter share the one security context of a session:
 * signing in as one replaces the other's authentication in that session, and each side's pages ask for its own
 * authority, so an admin's sign-in never opens an exporter's pages, nor an exporter's the admin pages.
 */
public final class PortalRoles {

    /** Granted by the account module at an exporter's login; required by the dashboard, filing and account pages. */
    public static final String EXPORTER = "ROLE_EXPORTER";

    /** Granted by the account module at an issuing office's login; required by every {@code /office/**} page. */
    public static final String OFFICE = "ROLE_OFFICE";

    /** Granted by the admin module at an admin's login; required by every {@code /admin/**} page but the login. */
    public static final String ADMIN = "ROLE_ADMIN";

    /**
     * The prefix of an admin session's principal name in Spring Session ({@code admin:<user name>}), so that admins and
     * exporters never share one; an exporter's session is indexed under the upper-cased ICEGATE ID.
     */
    public static final String ADMIN_SESSION_PREFIX = "admin:";

    private PortalRoles() {}

    /** Whether this authentication is a signed-in person holding {@code role} (not the anonymous visitor). */
    public static boolean holds(org.springframework.security.core.Authentication authentication, String role) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }
}

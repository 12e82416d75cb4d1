package io.github.icegateportal.shared.security;

/**
 * The two kinds of person who sign in. An admin and an exporter share the one security context of a session:
 * signing in as one replaces the other's authentication in that session, and each side's pages ask for its own
 * authority, so an admin's sign-in never opens an exporter's pages, nor an exporter's the admin pages.
 */
public final class PortalRoles {

    /** Granted by the account module at an exporter's login; required by the dashboard, filing and account pages. */
    public static final String EXPORTER = "ROLE_EXPORTER";

    /** Granted by the admin module at an admin's login; required by every {@code /admin/**} page but the login. */
    public static final String ADMIN = "ROLE_ADMIN";

    private PortalRoles() {}

    /** Whether this authentication is a signed-in person holding {@code role} (not the anonymous visitor). */
    public static boolean holds(org.springframework.security.core.Authentication authentication, String role) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }
}

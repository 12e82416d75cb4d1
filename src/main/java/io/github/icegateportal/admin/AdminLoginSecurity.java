package io.github.icegateportal.admin;

import io.github.icegateportal.shared.security.LoginLockout;
import io.github.icegateportal.shared.security.PortalRoles;
import io.github.icegateportal.shared.security.PortalSecurityCustomizer;
import io.github.icegateportal.shared.web.RateLimit;
import io.github.icegateportal.shared.web.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * Form login for the {@code /admin/**} chain, against the admin accounts only: an exporter's account can never sign
 * in here, and an exporter who is signed in has no admin role, so every admin page answers 403 to them.
 *
 * <p>The authentication manager is the chain's own (not a bean), so the exporters' login is not touched by it.
 */
@Component
class AdminLoginSecurity implements PortalSecurityCustomizer {

    static final String ROLE = PortalRoles.ADMIN;

    /** Failed logins for one admin name (known or not) within {@link #LOCKOUT} that lock the name out. */
    static final int MAX_FAILURES = 5;

    /** How long an admin name's lock-out lasts, and the window in which its failed logins count. */
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private static final String LOCKOUT_KEY = "admin-login:";

    private final AdminAccounts accounts;
    private final AdminPasswords passwords;
    private final RateLimits rateLimits;
    private final LoginLockout lockout;
    private final Clock clock;

    AdminLoginSecurity(
            AdminAccounts accounts,
            AdminPasswords passwords,
            RateLimits rateLimits,
            LoginLockout lockout,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.rateLimits = rateLimits;
        this.lockout = lockout;
        this.clock = clock;
    }

    @Override
    public void customizeAdmin(HttpSecurity http) throws Exception {
        var provider = new DaoAuthenticationProvider(userDetailsService());
        provider.setPasswordEncoder(passwords.encoder());
        http.addFilterBefore(this::limitLoginAttempts, UsernamePasswordAuthenticationFilter.class)
                .authenticationManager(new ProviderManager(provider))
                .formLogin(form -> form.loginPage("/admin/login")
                        .loginProcessingUrl("/admin/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler(this::loggedIn)
                        .failureHandler((request, response, exception) -> refused(request, response)))
                .logout(logout -> logout.logoutUrl("/admin/logout")
                        .logoutSuccessUrl("/admin/login?logout")
                        .invalidateHttpSession(true));
    }

    /**
     * Too many login posts from one address, or too many failed logins for the name typed (from any address, on any
     * instance, counted in the database): refused before any password is hashed, with when to try again. The attempt
     * is counted here, before the hash, so that logins sent all at once cannot check more passwords than the limit.
     */
    private void limitLoginAttempts(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + "/admin/login").equals(request.getRequestURI())) {
            var wait = rateLimits.tryConsume(RateLimit.ADMIN_LOGIN, request.getRemoteAddr());
            if (wait.isPresent()) {
                ((HttpServletResponse) res)
                        .sendRedirect(request.getContextPath() + "/admin/login?rate="
                                + wait.get().toSeconds());
                return;
            }
            var attempt = lockout.reserve(lockoutKey(request.getParameter("username")), MAX_FAILURES, LOCKOUT);
            if (attempt.refused()) {
                accounts.loginFailed(request.getParameter("username"), request.getRemoteAddr());
                long minutes = Math.max(
                        1,
                        (Duration.between(clock.instant(), attempt.lockedUntil())
                                                .toSeconds()
                                        + 59)
                                / 60);
                ((HttpServletResponse) res).sendRedirect(request.getContextPath() + "/admin/login?locked=" + minutes);
                return;
            }
        }
        chain.doFilter(req, res);
    }

    private UserDetailsService userDetailsService() {
        return username -> {
            var admin = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("No such admin"));
            return User.withUsername(admin.username())
                    .password(admin.passwordHash())
                    .disabled(!admin.enabled())
                    .authorities(List.of(new SimpleGrantedAuthority(ROLE)))
                    .build();
        };
    }

    private void loggedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        lockout.clear(lockoutKey(request.getParameter("username")));
        accounts.loggedIn(authentication.getName(), request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/admin");
    }

    /**
     * The typed name, kept for the page that asks again, as the portal's login keeps it; only a name an admin could
     * have (letters, digits, dot, underscore, hyphen), so it needs no encoding and nothing else is reflected.
     */
    static String keptName(String username) {
        return username != null && username.strip().matches(AdminAccounts.USERNAME_PATTERN)
                ? "&username=" + username.strip()
                : "";
    }

    /** One answer for every refusal (unknown name, wrong password, disabled): telling them apart would leak. */
    private void refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        accounts.loginFailed(request.getParameter("username"), request.getRemoteAddr());
        response.sendRedirect(
                request.getContextPath() + "/admin/login?error" + keptName(request.getParameter("username")));
    }

    /** The lock-out's key for a typed admin name, as the login finds admins (any case, spaces around ignored). */
    static String lockoutKey(String username) {
        String name = AdminAccounts.normalise(username);
        return LOCKOUT_KEY + name.substring(0, Math.min(name.length(), 60));
    }

    static boolean isAdmin(Authentication authentication) {
        return PortalRoles.holds(authentication, ROLE);
    }
}

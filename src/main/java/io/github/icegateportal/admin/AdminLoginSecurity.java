package io.github.icegateportal.admin;

import io.github.icegateportal.shared.security.PortalSecurityCustomizer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Form login for the {@code /admin/**} chain, against the admin accounts only: an exporter's account can never sign
 * in here, and an exporter who is signed in has no admin role, so every admin page answers 403 to them.
 *
 * <p>The authentication manager is the chain's own (not a bean), so the exporters' login is not touched by it.
 */
@Component
class AdminLoginSecurity implements PortalSecurityCustomizer {

    static final String ROLE = "ROLE_ADMIN";

    private final AdminAccounts accounts;
    private final AdminPasswords passwords;

    AdminLoginSecurity(AdminAccounts accounts, AdminPasswords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public void customizeAdmin(HttpSecurity http) throws Exception {
        var provider = new DaoAuthenticationProvider(userDetailsService());
        provider.setPasswordEncoder(passwords.encoder());
        http.authenticationManager(new ProviderManager(provider))
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
        accounts.loggedIn(authentication.getName(), request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/admin");
    }

    /** One answer for every refusal (unknown name, wrong password, disabled): telling them apart would leak. */
    private void refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        accounts.loginFailed(request.getParameter("username"), request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/admin/login?error");
    }

    static boolean isAdmin(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> ROLE.equals(a.getAuthority()));
    }
}

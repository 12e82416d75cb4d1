package io.github.icegateportal.account;

import io.github.icegateportal.shared.security.PortalSecurityCustomizer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's form login at {@code /login} (user name = ICEGATE ID or IEC), logout at {@code /logout}. The session
 * id is renewed at login (the shared rules), and the security context goes into the session only once the login is
 * complete, so the password step alone never creates a session.
 */
@Component
@EnableConfigurationProperties(LoginProperties.class)
class AccountSecurity implements PortalSecurityCustomizer {

    private final LoginService login;

    AccountSecurity(LoginService login) {
        this.login = login;
    }

    @Override
    public void customizePortal(HttpSecurity http) throws Exception {
        http.authenticationManager(new ProviderManager(provider()))
                .formLogin(form -> form.loginPage("/login")
                        .loginProcessingUrl("/login")
                        .authenticationDetailsSource(LoginDetails::from)
                        .successHandler(successHandler())
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION")
                        .permitAll())
                // Every page but the actuator's (401, registered first) sends an anonymous visitor to the login,
                // whatever it accepts: next to another default, form login's own would only answer requests that ask
                // for HTML, and the rest would get the actuator's 401.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE));
    }

    private AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                var details = authentication.getDetails() instanceof LoginDetails given
                        ? given
                        : new LoginDetails(null, null, null);
                PortalUser user = login.authenticate(
                        authentication.getName(), String.valueOf(authentication.getCredentials()), details);
                var result = UsernamePasswordAuthenticationToken.authenticated(user, null, login.authoritiesOf(user));
                result.setDetails(details);
                return result;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    /**
     * After login, the page that sent the person to it (kept in the request-cache cookie), else the home of the
     * account's kind: an IEC holder's dashboard, an office's {@code /office}.
     */
    private static AuthenticationSuccessHandler successHandler() {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                        ? user.home()
                        : AccountKind.HOLDER.home();
            }
        };
        handler.setRequestCache(new CookieRequestCache());
        return handler;
    }

    /** Post-redirect-get to the login page with the reason; the OTP step continues on its own page. */
    private AuthenticationFailureHandler failureHandler() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            redirect(request, response, failureUrl(exception, request.getParameter("username")));
        };
    }

    /**
     * The login page again, with the reason and the name typed (never the password), so that the form keeps it. The
     * name travels in the address, not in a session: a visitor who has not logged in has none.
     */
    String failureUrl(AuthenticationException exception, String username) {
        var url = UriComponentsBuilder.fromPath("/login");
        if (!(exception instanceof LoginRefusedException refused)) {
            return withUsername(url.queryParam("error", "bad"), username);
        }
        switch (refused.reason()) {
            case OTP_REQUIRED -> {
                return "/login/otp?challenge=" + refused.challenge();
            }
            case LOCKED_OUT, RATE_LIMITED ->
                url.queryParam("error", refused.reason().code())
                        .queryParam("until", refused.retryAt().plusSeconds(59).getEpochSecond());
            case IEC_NOT_ACTIVE ->
                url.queryParam("error", refused.reason().code()).queryParam("status", refused.detail());
            case BAD_CREDENTIALS -> {
                url.queryParam("error", refused.reason().code());
                if (refused.triesLeft() == 1) {
                    url.queryParam("left", 1);
                }
            }
            default -> url.queryParam("error", refused.reason().code());
        }
        return withUsername(url, username);
    }

    private static String withUsername(UriComponentsBuilder url, String username) {
        if (username == null || username.isBlank()) {
            return url.build().toUriString();
        }
        // A URI variable is encoded strictly ('+', '&', '#' and all), a literal only where it would break the address.
        return url.queryParam("username", "{username}")
                .encode()
                .buildAndExpand(LoginController.keptUsername(username))
                .toUriString();
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}

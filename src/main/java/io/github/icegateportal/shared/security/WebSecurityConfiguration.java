package io.github.icegateportal.shared.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The rules every page is served under: CSRF on every form with the token in a cookie (so a visitor who
 * only reads pages creates no session), a Content-Security-Policy that allows no inline script or style,
 * and the admin area closed to everyone but admins.
 *
 * <p>Login itself (form login, OTP step, lock-out) is configured by the account and admin modules through
 * {@link PortalSecurityCustomizer} beans, so this class stays the one place for the shared rules.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * No observation (timer and span) around each security filter of every request: on an anonymous page they were
     * about a tenth of the work (issue 12). The request as a whole is still timed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain adminSecurity(HttpSecurity http, java.util.List<PortalSecurityCustomizer> customizers)
            throws Exception {
        http.securityMatcher("/admin/**");
        commonRules(http);
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/login", "/admin/login/**")
                .permitAll()
                .anyRequest()
                .hasAuthority(PortalRoles.ADMIN));
        for (var customizer : customizers) {
            customizer.customizeAdmin(http);
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http, java.util.List<PortalSecurityCustomizer> customizers)
            throws Exception {
        commonRules(http);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/dashboard", "/dashboard/**", "/account/**", "/filing", "/filing/**")
                        .hasAuthority(PortalRoles.EXPORTER)
                        // The issuing offices' area (issue 13): an office's own pages, closed to every other kind.
                        .requestMatchers("/office", "/office/**")
                        .hasAuthority(PortalRoles.OFFICE)
                        // Health (and info) for load balancers and probes; the meters (queue sizes, pending mail)
                        // and every other endpoint for a signed-in admin only.
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator", "/actuator/**")
                        .hasAuthority(PortalRoles.ADMIN)
                        .anyRequest()
                        .permitAll())
                // An anonymous client of an endpoint gets 401, not the exporters' login page.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        PathPatternRequestMatcher.pathPattern("/actuator/**")));
        for (var customizer : customizers) {
            customizer.customizePortal(http);
        }
        return http.build();
    }

    private static void commonRules(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(Customizer.withDefaults()));
    }
}

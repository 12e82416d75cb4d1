package io.github.icegateportal.shared.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of the JSON API under {@code /api/**}, a chain of its own before the pages' chains: no session, no cookie,
 * no CSRF token (a client sends its bearer token with every request, so a forged cross-site request carries none), a
 * signed JWT from {@link ApiTokens} for everything but getting a token and the anonymous registration steps, and every
 * refusal answered as an RFC 9457 problem, never the login page.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    SecretKey apiSigningKey(JdbcTemplate jdbc, Clock clock) {
        return ApiSigningKey.load(jdbc, clock);
    }

    @Bean
    ApiTokens apiTokens(
            SecretKey apiSigningKey, @Value("${portal.api.token-lifetime:PT15M}") Duration lifetime, Clock clock) {
        return new ApiTokens(NimbusJwtEncoder.withSecretKey(apiSigningKey).build(), lifetime, clock);
    }

    @Bean
    JwtDecoder apiTokenDecoder(SecretKey apiSigningKey, Clock clock) {
        var decoder = NimbusJwtDecoder.withSecretKey(apiSigningKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        // The portal's clock, not the system's: the tokens' times come from it (tests move it).
        var timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        decoder.setJwtValidator(
                new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ApiTokens.ISSUER)));
        return decoder;
    }

    @Bean
    @Order(0)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder apiTokenDecoder, ApiProblemWriter problems)
            throws Exception {
        var roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(ApiTokens.ROLES);
        roles.setAuthorityPrefix("");
        var authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(roles);
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.POST, "/api/v1/tokens", "/api/v1/tokens/otp", "/api/v1/admin/tokens")
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**")
                        .hasAuthority(PortalRoles.ADMIN)
                        .requestMatchers("/api/v1/account", "/api/v1/account/**")
                        .hasAuthority(PortalRoles.EXPORTER)
                        .requestMatchers("/api/v1/registrations", "/api/v1/registrations/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(server -> server.jwt(
                                jwt -> jwt.decoder(apiTokenDecoder).jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint((request, response, failure) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.problem.unauthorized"))
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "api.problem.forbidden")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.problem.unauthorized"))
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "api.problem.forbidden")));
        return http.build();
    }

    @Bean
    ApiProblemWriter apiProblemWriter(JsonMapper json, MessageSource messages) {
        return new ApiProblemWriter(json, messages);
    }

    /** Writes a refusal of the security layer as {@code application/problem+json}, in the client's language. */
    static final class ApiProblemWriter {

        private final JsonMapper json;
        private final MessageSource messages;

        ApiProblemWriter(JsonMapper json, MessageSource messages) {
            this.json = json;
            this.messages = messages;
        }

        void write(
                jakarta.servlet.http.HttpServletRequest request,
                HttpServletResponse response,
                HttpStatus status,
                String detailKey)
                throws IOException {
            Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
            var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, null, locale));
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            response.setStatus(status.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            if (status == HttpStatus.UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}

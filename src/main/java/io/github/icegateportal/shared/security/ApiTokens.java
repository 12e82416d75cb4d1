package io.github.icegateportal.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Issues the API's bearer tokens: short-lived JWTs signed with the shared key, naming the person ({@code sub}) and what
 * they may do ({@code roles}, the same authorities a page login grants). The API's filter chain validates them
 * ({@link ApiSecurityConfiguration}); nothing is stored, so a token lives until it expires.
 */
public class ApiTokens {

    static final String ISSUER = "icegate-registration-portal";
    static final String ROLES = "roles";

    private final JwtEncoder encoder;
    private final Duration lifetime;
    private final Clock clock;

    ApiTokens(JwtEncoder encoder, Duration lifetime, Clock clock) {
        this.encoder = encoder;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A signed token, and how many seconds it is valid, as OAuth 2.0 token responses say it. */
    public record IssuedToken(String accessToken, String tokenType, long expiresIn) {}

    /**
     * @param subject who the token is for: the upper-cased ICEGATE ID, or {@code admin:<name>} for an admin
     * @param roles the authorities the token carries
     */
    public IssuedToken issue(String subject, List<String> roles) {
        Instant now = clock.instant();
        var claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(subject)
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim(ROLES, roles)
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, "Bearer", lifetime.toSeconds());
    }
}

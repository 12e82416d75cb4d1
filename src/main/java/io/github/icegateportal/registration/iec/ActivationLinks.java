package io.github.icegateportal.registration.iec;

import io.github.icegateportal.notification.Notifications;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.shared.PortalProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Single-use activation links for approved registrations: 256 random bits in the link, only their SHA-256 in the
 * database, valid for {@code portal.registration.activation-lifetime}; the link is built from
 * {@code portal.base-url}, never from a request's Host header.
 */
@Component
class ActivationLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ActivationLinkRepository links;
    private final Notifications notifications;
    private final MessageSource messages;
    private final PortalProperties portal;
    private final IecRouteProperties properties;
    private final Clock clock;

    ActivationLinks(
            ActivationLinkRepository links,
            Notifications notifications,
            MessageSource messages,
            PortalProperties portal,
            IecRouteProperties properties,
            Clock clock) {
        this.links = links;
        this.notifications = notifications;
        this.messages = messages;
        this.portal = portal;
        this.properties = properties;
        this.clock = clock;
    }

    /** Withdraws earlier links of the registration, makes a new one and emails it (with an SMS pointing to it). */
    void send(Registration registration) {
        Instant now = clock.instant();
        links.findByRegistrationId(registration.id()).forEach(link -> link.withdraw(now));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(properties.activationLifetime());
        links.save(new ActivationLink(registration.id(), hash(token), now, expiresAt));
        String url = UriComponentsBuilder.fromUri(portal.baseUrl())
                .path("/registration/activate")
                .queryParam("token", token)
                .build()
                .toUriString();
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = {
            registration.referenceNumber(),
            registration.iec(),
            registration.icegateId().map(Object::toString).orElse(""),
            url,
            properties.activationLifetime().toDays()
        };
        notifications.email(
                registration.email(),
                messages.getMessage("registration.iec.notify.approved.subject", args, locale),
                messages.getMessage("registration.iec.notify.approved.email", args, locale));
        notifications.sms(
                registration.mobile(), messages.getMessage("registration.iec.notify.approved.sms", args, locale));
    }

    /**
     * The link with this token, unlocked: for reading only. PostgreSQL refuses a row lock in a read-only
     * transaction, so the activation page's view must never go through {@link #lock}.
     */
    Optional<ActivationLink> find(String token) {
        return wellFormed(token) ? links.findByTokenHash(hash(token.strip())) : Optional.empty();
    }

    /** The link with this token, locked so that two clicks at once activate once. */
    Optional<ActivationLink> lock(String token) {
        return wellFormed(token) ? links.lockByTokenHash(hash(token.strip())) : Optional.empty();
    }

    private static boolean wellFormed(String token) {
        return token != null && !token.isBlank() && token.length() <= 100;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package io.github.icegateportal.registration.iec;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use activation link of an approved registration; only the token's SHA-256 is kept. */
@Entity
@Table(name = "registration_activation")
class ActivationLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private UUID registrationId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ActivationLink() {}

    ActivationLink(UUID registrationId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.registrationId = registrationId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    UUID registrationId() {
        return registrationId;
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    boolean used() {
        return usedAt != null;
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    /** A newer link replaces this one. */
    void withdraw(Instant now) {
        if (now.isBefore(expiresAt)) {
            this.expiresAt = now;
        }
    }
}

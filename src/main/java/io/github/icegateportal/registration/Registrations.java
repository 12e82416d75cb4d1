package io.github.icegateportal.registration;

import io.github.icegateportal.registration.iec.IecReviews;
import io.github.icegateportal.registration.internal.RegistrationRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registration module's public service: what other modules (the admin queue above all) ask of registrations.
 * The routes' own steps are driven by their flows inside this module.
 */
@Service
public class Registrations {

    private final RegistrationRepository repository;

    private final IecReviews reviews;

    private final Clock clock;

    private final TransactionTemplate transactions;

    private final TransactionTemplate readOnly;

    Registrations(
            RegistrationRepository repository,
            IecReviews reviews,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.reviews = reviews;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** The admin queue: matching registrations, oldest submission first. */
    public Page<RegistrationSummary> queue(RegistrationFilter filter, Pageable page) {
        return this.readOnly.execute(status -> this.reviews.find(filter, page).map(RegistrationSummary::of));
    }

    /** One registration by its reference number. */
    public Optional<RegistrationDetail> detail(String referenceNumber) {
        return this.readOnly.execute(status -> this.repository
                .findByReferenceNumber(normalise(referenceNumber))
                .map(registration -> RegistrationDetail.of(registration, this.reviews.evidence(registration))));
    }

    /**
     * An admin approves a submitted registration, as shown to them at {@code version}.
     *
     * @throws DecisionConflictException if another admin decided first or it changed since
     * @throws RegistrationStateException if it is not waiting for a decision
     */
    public void approve(String referenceNumber, String admin, long version) {
        approve(referenceNumber, admin, null, version);
    }

    /** As {@link #approve(String, String, long)}, recording the admin's client address. */
    public void approve(String referenceNumber, String admin, String remoteAddress, long version) {
        decide(
                referenceNumber,
                version,
                registration -> registration.approve(origin(admin, remoteAddress)),
                this.reviews::approved);
    }

    /**
     * An admin rejects a submitted registration with a reason, as shown to them at {@code version}.
     *
     * @throws DecisionConflictException if another admin decided first or it changed since
     * @throws RegistrationStateException if it is not waiting for a decision
     */
    public void reject(String referenceNumber, String admin, String reason, long version) {
        reject(referenceNumber, admin, null, reason, version);
    }

    /** As {@link #reject(String, String, String, long)}, recording the admin's client address. */
    public void reject(String referenceNumber, String admin, String remoteAddress, String reason, long version) {
        decide(
                referenceNumber,
                version,
                registration -> registration.reject(reason, origin(admin, remoteAddress)),
                this.reviews::rejected);
    }

    /** A document of a registration, for the admin who reviews it. */
    public Optional<StoredDocument> document(String referenceNumber, long documentId) {
        return this.readOnly.execute(status -> this.reviews.document(normalise(referenceNumber), documentId));
    }

    /**
     * Applies the decision and, once the registration's new version is written (so that of two admins deciding at
     * once the second fails here), what follows from it: emails, the activation link.
     */
    private void decide(
            String referenceNumber, long version, Consumer<Registration> decision, Consumer<Registration> then) {
        try {
            this.transactions.executeWithoutResult(status -> {
                Registration registration = this.repository
                        .findByReferenceNumber(normalise(referenceNumber))
                        .orElseThrow(() -> new IllegalArgumentException("No registration " + referenceNumber));
                if (registration.version() != version) {
                    throw conflict(registration);
                }
                decision.accept(registration);
                this.repository.saveAndFlush(registration);
                then.accept(registration);
            });
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException ex) {
            throw this.readOnly.execute(status -> this.repository
                    .findByReferenceNumber(normalise(referenceNumber))
                    .map(Registrations::conflict)
                    .orElseThrow());
        }
    }

    private static DecisionConflictException conflict(Registration registration) {
        return new DecisionConflictException(
                registration.decidedBy().orElse(null), registration.decidedAt().orElse(null));
    }

    private Origin origin(String admin, String remoteAddress) {
        return new Origin(admin, remoteAddress, this.clock.instant());
    }

    private static String normalise(String referenceNumber) {
        return referenceNumber == null ? "" : referenceNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }
}

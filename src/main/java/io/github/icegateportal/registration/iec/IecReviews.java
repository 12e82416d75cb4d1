package io.github.icegateportal.registration.iec;

import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.account.IcegateIds;
import io.github.icegateportal.account.NewAccount;
import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.DirectoryUnavailableException;
import io.github.icegateportal.directory.GstRegistration;
import io.github.icegateportal.directory.GstnDirectory;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.notification.Notifications;
import io.github.icegateportal.registration.DocumentSummary;
import io.github.icegateportal.registration.Origin;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationDetail.DscDetails;
import io.github.icegateportal.registration.RegistrationDetail.Evidence;
import io.github.icegateportal.registration.RegistrationDetail.FieldMatch;
import io.github.icegateportal.registration.RegistrationFilter;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.StoredDocument;
import io.github.icegateportal.shared.web.Show;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the registration module adds around the admin's decisions ({@code Registrations} calls it): the queue's
 * filters, the evidence on the detail page (DGFT record and matches, GSTN, KYC documents, DSC checks, history),
 * what follows an approval or a rejection, and the activation that follows an approval.
 */
@Service
public class IecReviews {

    private final IecRegistrationRepository registrations;
    private final KycDocuments documents;
    private final DscStepRepository dscSteps;
    private final RegistrationHistory history;
    private final ActivationLinks activationLinks;
    private final DgftDirectory dgft;
    private final GstnDirectory gstn;
    private final Accounts accounts;
    private final IcegateIds icegateIds;
    private final PasswordEncoder passwordEncoder;
    private final Notifications notifications;
    private final MessageSource messages;
    private final Clock clock;
    private final Show show;

    IecReviews(
            IecRegistrationRepository registrations,
            KycDocuments documents,
            DscStepRepository dscSteps,
            RegistrationHistory history,
            ActivationLinks activationLinks,
            DgftDirectory dgft,
            GstnDirectory gstn,
            Accounts accounts,
            IcegateIds icegateIds,
            PasswordEncoder passwordEncoder,
            Notifications notifications,
            MessageSource messages,
            Clock clock,
            Show show) {
        this.registrations = registrations;
        this.documents = documents;
        this.dscSteps = dscSteps;
        this.history = history;
        this.activationLinks = activationLinks;
        this.dgft = dgft;
        this.gstn = gstn;
        this.accounts = accounts;
        this.icegateIds = icegateIds;
        this.passwordEncoder = passwordEncoder;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
        this.show = show;
    }

    // ----- Queue and detail

    /**
     * Registrations matching the filter (every part optional), oldest submission first, then oldest start; the
     * page's own sort is ignored. Served by the index on (route, status, submitted_at).
     */
    @Transactional(readOnly = true)
    public Page<Registration> find(RegistrationFilter filter, Pageable pageable) {
        Specification<Registration> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.route() != null) {
                where.add(cb.equal(root.get("route"), filter.route()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.iec() != null) {
                where.add(cb.equal(root.get("iec"), filter.iec().value()));
            }
            if (filter.entityType() != null) {
                where.add(cb.equal(
                        cb.substring(root.get("pan"), 4, 1), filter.entityType().name()));
            }
            if (filter.submittedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), show.startOf(filter.submittedFrom())));
            }
            if (filter.submittedTo() != null) {
                where.add(cb.lessThan(
                        root.get("submittedAt"),
                        show.startOf(filter.submittedTo().plusDays(1))));
            }
            if (filter.reference() != null && !filter.reference().isBlank()) {
                String prefix =
                        filter.reference().strip().toUpperCase(Locale.ROOT).replaceAll("[%_\\\\]", "");
                where.add(cb.like(root.get("referenceNumber"), prefix + "%"));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Pageable oldestFirst = PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                Sort.by(Sort.Order.asc("submittedAt").nullsLast(), Sort.Order.asc("createdAt")));
        return registrations.findAll(spec, oldestFirst);
    }

    /** The DGFT record and the field matches, GSTN, documents, DSC checks and history of a registration. */
    @Transactional(readOnly = true)
    public Evidence evidence(Registration r) {
        IecRecord record = null;
        boolean dgftAvailable = true;
        try {
            record = dgft.findByIec(r.iec()).orElse(null);
        } catch (DirectoryUnavailableException e) {
            dgftAvailable = false;
        }
        List<FieldMatch> matches = List.of(
                match(
                        "iec",
                        r.iec().value(),
                        record == null ? null : record.iec().value()),
                match(
                        "pan",
                        r.pan().value(),
                        record == null ? null : record.pan().value()),
                match(
                        "email",
                        r.email().value(),
                        record == null ? null : record.email().value()),
                match(
                        "mobile",
                        r.mobile().value(),
                        record == null ? null : record.mobile().value()));
        List<GstRegistration> gst;
        try {
            gst = gstn.findByPan(r.pan());
        } catch (DirectoryUnavailableException e) {
            gst = List.of();
        }
        List<DocumentSummary> docs = documents.list(r.id()).stream()
                .map(d -> new DocumentSummary(
                        d.id(),
                        d.type().messageKey(),
                        d.fileName(),
                        d.mediaType(),
                        d.size(),
                        d.sha256(),
                        d.uploadedAt()))
                .toList();
        DscDetails dsc = dscSteps.findById(r.id())
                .filter(step -> step.checkedAt().isPresent())
                .map(step -> new DscDetails(
                        step.challenge(),
                        step.checkedAt().orElse(null),
                        step.passed(),
                        step.certificate().orElse(null),
                        step.checks()))
                .orElse(null);
        return new Evidence(record, dgftAvailable, matches, gst, docs, dsc, history.of(r.referenceNumber()));
    }

    private static FieldMatch match(String field, String registered, String onRecord) {
        return new FieldMatch(field, registered, onRecord, registered.equals(onRecord));
    }

    @Transactional(readOnly = true)
    public Optional<StoredDocument> document(String referenceNumber, long documentId) {
        return registrations
                .findByReference(referenceNumber)
                .flatMap(r -> documents.find(r.id(), documentId))
                .map(d -> new StoredDocument(
                        d.id(),
                        d.fileName(),
                        d.mediaType(),
                        d.content(),
                        d.sha256(),
                        d.type().messageKey(),
                        d.size(),
                        d.uploadedAt()));
    }

    // ----- After a decision (in the decision's transaction)

    /** A DSC registration was approved: the person is emailed a single-use activation link. */
    public void approved(Registration registration) {
        if (registration.route() == RegistrationRoute.DSC) {
            activationLinks.send(registration);
        }
    }

    /**
     * A DSC registration was rejected: the reason is emailed, and the ICEGATE ID it held is free again, so the
     * person may register again.
     */
    public void rejected(Registration registration) {
        if (registration.route() != RegistrationRoute.DSC) {
            return;
        }
        if (!registration.upgrade()) {
            registration.icegateId().ifPresent(id -> icegateIds.release(id, IecRegistrationFlow.holder(registration)));
        }
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = {
            registration.referenceNumber(),
            registration.iec(),
            registration.rejectionReason().orElse("")
        };
        notifications.email(
                registration.email(),
                messages.getMessage("registration.iec.notify.rejected.subject", args, locale),
                messages.getMessage("registration.iec.notify.rejected.email", args, locale));
        notifications.sms(
                registration.mobile(), messages.getMessage("registration.iec.notify.rejected.sms", args, locale));
    }

    // ----- Activation

    /** What following an activation link did. */
    enum Activation {
        ACTIVATED,
        WRONG_PASSWORD,
        EXPIRED,
        USED,
        INVALID,
        /** The IEC got an account by another route while this registration waited: the link stays unused. */
        ACCOUNT_OPENED_MEANWHILE
    }

    /**
     * What the activation page shows for a link before it is used: the ID it activates, whether it is an upgrade,
     * and the ID of an account opened for the IEC in the meantime (by simplified registration), which stops it.
     */
    record LinkView(String icegateId, boolean upgrade, String accountOpenedMeanwhile) {}

    /** The link's view, if the link is known and unused. */
    @Transactional(readOnly = true)
    Optional<LinkView> view(String token) {
        return activationLinks
                .find(token)
                .filter(link -> !link.used())
                .flatMap(link -> registrations.findDsc(link.registrationId()))
                .filter(r -> r.icegateId().isPresent())
                .map(r -> new LinkView(
                        r.icegateId().orElseThrow().value(),
                        r.upgrade(),
                        accountOpenedMeanwhile(r).orElse(null)));
    }

    /** Whether the token is that of a link already used (the page says so, and where to log in). */
    @Transactional(readOnly = true)
    boolean used(String token) {
        return activationLinks.find(token).map(ActivationLink::used).orElse(false);
    }

    /** A new account's IEC that got an account while its registration waited: the ID of that account. */
    private Optional<String> accountOpenedMeanwhile(Registration registration) {
        if (registration.upgrade()) {
            return Optional.empty();
        }
        return accounts.findByIec(registration.iec())
                .map(account -> account.icegateId().value());
    }

    /**
     * Follows an activation link. A new account is opened with the password chosen at registration, which the
     * person types again here (the portal keeps only its hash), and is active at once; an upgraded account may
     * file from now on. A wrong password keeps the link usable.
     */
    @Transactional
    Activation activate(String token, String password, String remoteAddress) {
        Optional<ActivationLink> found = activationLinks.lock(token);
        if (found.isEmpty()) {
            return Activation.INVALID;
        }
        ActivationLink link = found.get();
        Instant now = clock.instant();
        if (link.used()) {
            return Activation.USED;
        }
        if (!link.usable(now)) {
            return Activation.EXPIRED;
        }
        Registration registration = registrations.lockDsc(link.registrationId()).orElseThrow();
        if (registration.status() != RegistrationStatus.APPROVED) {
            return Activation.USED;
        }
        if (accountOpenedMeanwhile(registration).isPresent()) {
            return Activation.ACCOUNT_OPENED_MEANWHILE;
        }
        if (registration.upgrade()) {
            accounts.grantFiling(registration.iec());
        } else {
            String hash = registration.passwordHash().orElse(null);
            if (password == null || hash == null || !passwordEncoder.matches(password, hash)) {
                return Activation.WRONG_PASSWORD;
            }
            var icegateId = registration.icegateId().orElseThrow();
            accounts.openDscPendingActivation(new NewAccount(
                    icegateId,
                    registration.iec(),
                    null,
                    registration.firmName(),
                    registration.email(),
                    registration.mobile(),
                    password,
                    remoteAddress));
            accounts.activate(icegateId);
        }
        link.use(now);
        registration.activate(Origin.anonymous(remoteAddress, now));
        registrations.save(registration);
        return Activation.ACTIVATED;
    }

    /**
     * Sends a new link in place of an expired, unused one of a registration still waiting for activation. Says
     * nothing about other tokens: the page answers the same.
     */
    @Transactional
    void renewLink(String token) {
        activationLinks.lock(token).filter(link -> !link.used()).ifPresent(link -> registrations
                .lockDsc(link.registrationId())
                .filter(r -> r.status() == RegistrationStatus.APPROVED)
                .ifPresent(activationLinks::send));
    }
}

package io.github.icegateportal.registration.iec;

import static io.github.icegateportal.registration.RegistrationStatus.ACTIVATED;
import static io.github.icegateportal.registration.RegistrationStatus.APPROVED;
import static io.github.icegateportal.registration.RegistrationStatus.SUBMITTED;

import io.github.icegateportal.account.Accounts;
import io.github.icegateportal.account.IcegateIds;
import io.github.icegateportal.directory.DgftDirectory;
import io.github.icegateportal.directory.IecRecord;
import io.github.icegateportal.directory.Signatory;
import io.github.icegateportal.dsc.DscHolder;
import io.github.icegateportal.dsc.DscVerification;
import io.github.icegateportal.dsc.DscVerifier;
import io.github.icegateportal.registration.Origin;
import io.github.icegateportal.registration.ReadyMadeRegistrations;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ReadyMadeRegistrations} of the DSC route. Two instances submitting for one IEC at once cannot both keep
 * theirs: the ID table's key lets only one reserve the ICEGATE ID, and the other's transaction rolls back.
 */
@Component
class ReadyMadeIecRegistrations implements ReadyMadeRegistrations {

    private static final Logger log = LoggerFactory.getLogger(ReadyMadeIecRegistrations.class);

    private final IecRegistrationRepository registrations;
    private final KycDocuments documents;
    private final DscStepRepository dscSteps;
    private final DgftDirectory dgft;
    private final Accounts accounts;
    private final IcegateIds icegateIds;
    private final DscVerifier verifier;
    private final PasswordEncoder passwordEncoder;
    private final IecRouteProperties properties;
    private final TransactionTemplate transactions;

    ReadyMadeIecRegistrations(
            IecRegistrationRepository registrations,
            KycDocuments documents,
            DscStepRepository dscSteps,
            DgftDirectory dgft,
            Accounts accounts,
            IcegateIds icegateIds,
            DscVerifier verifier,
            PasswordEncoder passwordEncoder,
            IecRouteProperties properties,
            TransactionTemplate transactions) {
        this.registrations = registrations;
        this.documents = documents;
        this.dscSteps = dscSteps;
        this.dgft = dgft;
        this.accounts = accounts;
        this.icegateIds = icegateIds;
        this.verifier = verifier;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Override
    public boolean submitDsc(
            Iec iec,
            IcegateId icegateId,
            String password,
            Instant submittedAt,
            KycFiles files,
            ChallengeSigner signer) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            boolean kept = submit(iec, icegateId, password, submittedAt, files, signer);
            if (!kept) {
                status.setRollbackOnly();
            }
            return kept;
        }));
    }

    private boolean submit(
            Iec iec,
            IcegateId icegateId,
            String password,
            Instant submittedAt,
            KycFiles files,
            ChallengeSigner signer) {
        if (accounts.findByIec(iec).isPresent()
                || !registrations
                        .findByIec(iec.value(), RegistrationRoute.DSC, EnumSet.of(SUBMITTED, APPROVED, ACTIVATED))
                        .isEmpty()) {
            return false;
        }
        IecRecord record = dgft.findByIec(iec).filter(IecRecord::isActive).orElse(null);
        if (record == null || record.signatories().isEmpty()) {
            log.warn("Ready-made registration for IEC {} not submitted: no active DGFT record with a signatory", iec);
            return false;
        }
        Instant submitted = submittedAt.truncatedTo(ChronoUnit.SECONDS);
        Instant at = submitted.minus(Duration.ofMinutes(18));
        Registration registration = Registration.startDsc(
                iec,
                record.pan(),
                record.firmName(),
                record.email(),
                record.mobile(),
                null,
                at.plus(properties.draftLifetime()),
                origin(at));
        at = at.plusSeconds(95);
        registration.dscOtpsVerified(at.plus(properties.draftLifetime()), origin(at));
        registrations.saveAndFlush(registration);

        for (KycDocumentType type : documents.required(registration)) {
            at = at.plusSeconds(70);
            KycFile file = files.file(type.name(), record.firmName());
            documents.store(registration, type, file.name(), file.content(), at);
            registration.documentUploaded(type.name(), at.plus(properties.draftLifetime()), origin(at));
        }

        at = at.plusSeconds(150);
        Signatory signatory = record.signatories().get(0);
        DscHolder holder = new DscHolder(signatory.name(), signatory.pan());
        DscStep step = new DscStep(registration.id(), registration.referenceNumber(), at);
        byte[] signature = signer.sign(iec, holder, record.firmName(), step.challenge(), at);
        List<DscHolder> holders = new ArrayList<>();
        record.signatories().forEach(s -> holders.add(new DscHolder(s.name(), s.pan())));
        DscVerification verification = verifier.verify(signature, step.challenge(), holders);
        if (!verification.passed()) {
            log.warn(
                    "Ready-made registration for IEC {} not submitted: its signature did not pass {}",
                    iec,
                    verification);
            return false;
        }
        step.record(signature, verification, at);
        dscSteps.save(step);
        registration.dscVerified(holder.name(), at.plus(properties.draftLifetime()), origin(at));

        at = at.plusSeconds(80);
        if (!icegateIds.reserve(icegateId, IecRegistrationFlow.holder(registration))) {
            log.warn("Ready-made registration for IEC {} not submitted: ICEGATE ID {} is taken", iec, icegateId);
            return false;
        }
        registration.dscIdChosen(
                icegateId, passwordEncoder.encode(password), at.plus(properties.draftLifetime()), origin(at));
        registration.submit(origin(submitted));
        registrations.save(registration);
        log.info("Ready-made DSC registration {} of IEC {} submitted", registration.referenceNumber(), iec);
        return true;
    }

    private static Origin origin(Instant at) {
        return new Origin("anonymous", null, at);
    }
}

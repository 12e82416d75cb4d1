package io.github.icegateportal.registration.iec;

import io.github.icegateportal.account.IcegateIds;
import io.github.icegateportal.dsc.DscVerification;
import io.github.icegateportal.registration.Origin;
import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationStatus;
import io.github.icegateportal.registration.iec.DgftRows.Holder;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.shared.field.Pan;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * DSC registrations brought to a given step through the aggregate's own methods (the steps the web journey
 * tests take through the pages), for tests of what comes after: decisions, activation, upgrades.
 */
final class IecFixtures {

    static final String PASSWORD = "Kaveri#Route2B";

    private final IecRegistrationRepository registrations;
    private final DscStepRepository dscSteps;
    private final IcegateIds icegateIds;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    IecFixtures(
            IecRegistrationRepository registrations,
            DscStepRepository dscSteps,
            IcegateIds icegateIds,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.registrations = registrations;
        this.dscSteps = dscSteps;
        this.icegateIds = icegateIds;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A registration of the holder's IEC that has reached {@code target} (up to SUBMITTED). */
    Registration at(Holder holder, RegistrationStatus target, IcegateId existingAccountId) {
        Origin origin = Origin.anonymous("10.1.2.3", clock.instant());
        var keptUntil = clock.instant().plus(Duration.ofDays(30));
        Registration registration = Registration.startDsc(
                new Iec(holder.iec()),
                new Pan(holder.pan()),
                holder.firmName(),
                EmailAddress.of(holder.email()),
                MobileNumber.of(holder.mobile()),
                existingAccountId,
                keptUntil,
                origin);
        if (target != RegistrationStatus.DETAILS_MATCHED) {
            registration.dscOtpsVerified(keptUntil, origin);
        }
        if (reached(target, RegistrationStatus.DOCUMENTS_UPLOADED)) {
            registration.documentUploaded("PAN_CARD", keptUntil, origin);
        }
        if (reached(target, RegistrationStatus.DSC_VERIFIED)) {
            registration.dscVerified(holder.signatory(), keptUntil, origin);
        }
        if (reached(target, RegistrationStatus.ID_CHOSEN)) {
            IcegateId id = existingAccountId != null ? existingAccountId : icegateId(holder);
            if (existingAccountId == null) {
                icegateIds.reserve(id, "registration:" + registration.id());
            }
            registration.dscIdChosen(
                    id, existingAccountId != null ? null : passwordEncoder.encode(PASSWORD), keptUntil, origin);
        }
        if (reached(target, RegistrationStatus.SUBMITTED)) {
            registration.submit(origin);
        }
        Registration saved = registrations.saveAndFlush(registration);
        if (reached(target, RegistrationStatus.DSC_VERIFIED)) {
            // submitting asks for the DSC step's recorded signature to have passed, as the verifier records it
            var step = new DscStep(saved.id(), saved.referenceNumber(), clock.instant());
            step.record(new byte[] {0}, new DscVerification(List.of(), Optional.empty()), clock.instant());
            dscSteps.saveAndFlush(step);
        }
        return saved;
    }

    static IcegateId icegateId(Holder holder) {
        return IcegateId.of("dsc-" + holder.pan().toLowerCase());
    }

    private static boolean reached(RegistrationStatus target, RegistrationStatus step) {
        return order(target) >= order(step);
    }

    private static int order(RegistrationStatus status) {
        return switch (status) {
            case DETAILS_MATCHED -> 0;
            case OTP_VERIFIED -> 1;
            case DOCUMENTS_UPLOADED -> 2;
            case DSC_VERIFIED -> 3;
            case ID_CHOSEN -> 4;
            case SUBMITTED -> 5;
            default -> throw new IllegalArgumentException(status.name());
        };
    }
}

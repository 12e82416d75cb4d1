package io.github.icegateportal.registration;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;

/** A simplified registration is complete: its account is open with these contacts. */
public record RegistrationCompleted(
        String referenceNumber,
        RegistrationRoute route,
        Iec iec,
        IcegateId icegateId,
        EmailAddress email,
        MobileNumber mobile,
        boolean alternateContacts,
        Origin origin)
        implements RegistrationEvent {

    @Override
    public String action() {
        return "REGISTRATION_COMPLETED";
    }

    @Override
    public String details() {
        return "Account " + icegateId + " opened for IEC " + iec
                + (alternateContacts ? " with alternate contacts" : " with the registered contacts");
    }
}

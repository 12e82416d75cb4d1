package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;

/**
 * An account as other modules see it.
 *
 * @param iec the IEC a {@link AccountKind#HOLDER} holds; null for an office
 * @param route how a holder registered; null for an office
 * @param mayFile whether the account holds the right to file customs documents: a DSC account once active, or a
 *     simplified account upgraded by the DSC route (the IEC's status at DGFT is checked again at login)
 */
public record AccountView(
        AccountKind kind,
        IcegateId icegateId,
        Iec iec,
        String firmName,
        AccountRoute route,
        AccountStatus status,
        boolean mayFile,
        EmailAddress email,
        MobileNumber mobile) {}

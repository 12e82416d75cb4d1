package io.github.icegateportal.account;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.Gstin;
import io.github.icegateportal.shared.field.IcegateId;
import io.github.icegateportal.shared.field.Iec;
import io.github.icegateportal.shared.field.MobileNumber;
import java.util.Objects;

/**
 * What a completed registration hands over to open an account.
 *
 * @param gstin the GSTIN of a simplified registration; null for the DSC route
 * @param rawPassword the password the person chose (checked against the password policy again, then hashed); null
 *     when the registration hands over a password it hashed when it was chosen ({@link Accounts#openSimplified(NewAccount, String)})
 * @param remoteAddress the client address of the request that completed the registration (audit)
 */
public record NewAccount(
        IcegateId icegateId,
        Iec iec,
        Gstin gstin,
        String firmName,
        EmailAddress email,
        MobileNumber mobile,
        String rawPassword,
        String remoteAddress) {

    public NewAccount {
        Objects.requireNonNull(icegateId, "icegateId");
        Objects.requireNonNull(iec, "iec");
        Objects.requireNonNull(firmName, "firmName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(mobile, "mobile");
    }

    @Override
    public String toString() {
        return "NewAccount[" + icegateId + ", " + iec + "]";
    }
}

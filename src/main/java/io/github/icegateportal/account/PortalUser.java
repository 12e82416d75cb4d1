package io.github.icegateportal.account;

import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is logged in, as kept in the HTTP session (Spring Session JDBC). The name is the upper-cased ICEGATE ID, so
 * that Spring Session's principal index finds every session of an account. {@code iec} is null for an office.
 */
record PortalUser(String icegateIdKey, String icegateId, String iec, AccountKind kind)
        implements AuthenticatedPrincipal, Serializable {

    /** The page this person lands on after login (a session kept from before kinds existed is a holder's). */
    String home() {
        return kind == null ? AccountKind.HOLDER.home() : kind.home();
    }

    @Override
    public String getName() {
        return icegateIdKey;
    }
}

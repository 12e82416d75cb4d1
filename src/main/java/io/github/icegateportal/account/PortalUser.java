package io.github.icegateportal.account;

import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is logged in, as kept in the HTTP session (Spring Session JDBC). The name is the upper-cased ICEGATE ID, so
 * that Spring Session's principal index finds every session of an account.
 */
record PortalUser(String icegateIdKey, String icegateId, String iec) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return icegateIdKey;
    }
}

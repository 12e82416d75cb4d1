package io.github.icegateportal.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Lets a module add its part to the two security filter chains (for example the account module's form login)
 * without the shared configuration knowing that module.
 */
public interface PortalSecurityCustomizer {

    /** Adds to the chain that serves {@code /admin/**}. */
    default void customizeAdmin(HttpSecurity http) throws Exception {}

    /** Adds to the chain that serves every other path. */
    default void customizePortal(HttpSecurity http) throws Exception {}
}

package io.github.icegateportal.admin;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes admins' passwords with the portal's {@link PasswordEncoder} bean (Argon2id, from shared.security); until
 * that bean exists, with an equivalent Argon2id delegating encoder, so stored hashes stay readable either way.
 */
@Component
class AdminPasswords {

    private final PasswordEncoder encoder;

    AdminPasswords(ObjectProvider<PasswordEncoder> encoders) {
        this.encoder = encoders.getIfUnique(AdminPasswords::argon2);
    }

    private static PasswordEncoder argon2() {
        String id = "argon2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(id, Map.of(id, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    String encode(String raw) {
        return encoder.encode(raw);
    }

    boolean matches(String raw, String hash) {
        return encoder.matches(raw, hash);
    }

    PasswordEncoder encoder() {
        return encoder;
    }
}

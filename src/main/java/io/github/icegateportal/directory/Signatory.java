package io.github.icegateportal.directory;

import io.github.icegateportal.shared.field.Pan;
import java.util.Objects;

/**
 * A person who may sign for an IEC holder: the proprietor, a partner, a director, the Karta or an authorised
 * signatory. A Class III DSC must be this person's.
 *
 * @param role in DGFT's words, for example {@code Proprietor}, {@code Director}, {@code Designated Partner}
 */
public record Signatory(String name, Pan pan, String role) {

    public Signatory {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pan, "pan");
        Objects.requireNonNull(role, "role");
    }
}

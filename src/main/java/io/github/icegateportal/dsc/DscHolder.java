package io.github.icegateportal.dsc;

import io.github.icegateportal.shared.field.Pan;
import java.util.Objects;

/**
 * A person who may sign for an IEC: the proprietor, a partner, a director or an authorised signatory, with the
 * name and PAN the IEC record gives for them.
 */
public record DscHolder(String name, Pan pan) {

    public DscHolder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pan, "pan");
    }
}

package io.github.icegateportal.shared.field;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Importer Exporter Code issued by DGFT: 10 upper-case letters and digits (new IECs equal the holder's PAN; legacy
 * IECs are 10 digits).
 */
public record Iec(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{10}");

    public Iec {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("field.iec.format");
        }
    }

    /** Trims and upper-cases {@code raw}, then checks the format. */
    public static Iec of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFieldException("field.iec.required");
        }
        return new Iec(raw.strip().toUpperCase(Locale.ROOT));
    }

    /** The special category this IEC is reserved for, if it is one of the permanent IECs. */
    public Optional<PermanentIec> permanent() {
        return PermanentIec.find(this.value);
    }

    /**
     * Refuses a permanent IEC with {@code field.iec.permanent} ("IEC {0} is a permanent IEC for {1}: it cannot be
     * registered on ICEGATE."), the category as a resolvable argument.
     */
    public Iec requireRegistrable() {
        permanent().ifPresent((p) -> {
            throw permanentRefusal(p);
        });
        return this;
    }

    static InvalidFieldException permanentRefusal(PermanentIec permanent) {
        return new InvalidFieldException(
                "field.iec.permanent",
                permanent.code(),
                new DefaultMessageSourceResolvable(new String[] {permanent.messageKey()}, permanent.name()));
    }

    @Override
    public String toString() {
        return this.value;
    }
}

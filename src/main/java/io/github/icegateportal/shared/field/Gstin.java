package io.github.icegateportal.shared.field;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GST identification number: a 2-digit state code, the holder's PAN, an entity number (1–9, A–Z), the letter Z and
 * a check character computed by the published mod-36 algorithm ({@link #checkCharacter(String)}).
 */
public record Gstin(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]");

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** GST state and territory codes. */
    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("01", "Jammu and Kashmir"),
            Map.entry("02", "Himachal Pradesh"),
            Map.entry("03", "Punjab"),
            Map.entry("04", "Chandigarh"),
            Map.entry("05", "Uttarakhand"),
            Map.entry("06", "Haryana"),
            Map.entry("07", "Delhi"),
            Map.entry("08", "Rajasthan"),
            Map.entry("09", "Uttar Pradesh"),
            Map.entry("10", "Bihar"),
            Map.entry("11", "Sikkim"),
            Map.entry("12", "Arunachal Pradesh"),
            Map.entry("13", "Nagaland"),
            Map.entry("14", "Manipur"),
            Map.entry("15", "Mizoram"),
            Map.entry("16", "Tripura"),
            Map.entry("17", "Meghalaya"),
            Map.entry("18", "Assam"),
            Map.entry("19", "West Bengal"),
            Map.entry("20", "Jharkhand"),
            Map.entry("21", "Odisha"),
            Map.entry("22", "Chhattisgarh"),
            Map.entry("23", "Madhya Pradesh"),
            Map.entry("24", "Gujarat"),
            Map.entry("25", "Daman and Diu"),
            Map.entry("26", "Dadra and Nagar Haveli and Daman and Diu"),
            Map.entry("27", "Maharashtra"),
            Map.entry("28", "Andhra Pradesh (before reorganisation)"),
            Map.entry("29", "Karnataka"),
            Map.entry("30", "Goa"),
            Map.entry("31", "Lakshadweep"),
            Map.entry("32", "Kerala"),
            Map.entry("33", "Tamil Nadu"),
            Map.entry("34", "Puducherry"),
            Map.entry("35", "Andaman and Nicobar Islands"),
            Map.entry("36", "Telangana"),
            Map.entry("37", "Andhra Pradesh"),
            Map.entry("38", "Ladakh"),
            Map.entry("97", "Other Territory"),
            Map.entry("99", "Centre Jurisdiction"));

    public Gstin {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidFieldException("field.gstin.format");
        }
        if (!STATES.containsKey(value.substring(0, 2))) {
            throw new InvalidFieldException("field.gstin.stateCode", value.substring(0, 2));
        }
        try {
            new Pan(value.substring(2, 12));
        } catch (InvalidFieldException ex) {
            throw new InvalidFieldException("field.gstin.pan");
        }
        if (checkCharacter(value.substring(0, 14)) != value.charAt(14)) {
            throw new InvalidFieldException("field.gstin.checkCharacter");
        }
    }

    /** Trims and upper-cases {@code raw}, then checks format, state code, embedded PAN and check character. */
    public static Gstin of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidFieldException("field.gstin.required");
        }
        return new Gstin(raw.strip().toUpperCase(Locale.ROOT));
    }

    /** The holder's PAN, characters 3 to 12. */
    public Pan pan() {
        return new Pan(this.value.substring(2, 12));
    }

    public String stateCode() {
        return this.value.substring(0, 2);
    }

    /** The English name of the state or territory of {@link #stateCode()}. */
    public String stateName() {
        return STATES.get(stateCode());
    }

    /** Whether {@code code} is a GST state code. */
    public static boolean isStateCode(String code) {
        return code != null && STATES.containsKey(code);
    }

    /**
     * The published GSTIN check character of the first 14 characters: each character's value in
     * {@code 0-9A-Z} is multiplied by 1 and 2 alternately (starting with 1); each product adds its quotient and
     * remainder by 36; the check character is the one whose value is {@code (36 - sum mod 36) mod 36}.
     *
     * @throws IllegalArgumentException if {@code first14} is not 14 characters of {@code 0-9A-Z}
     */
    public static char checkCharacter(String first14) {
        if (first14 == null || first14.length() != 14) {
            throw new IllegalArgumentException("A GSTIN check character needs exactly 14 characters");
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = ALPHABET.indexOf(first14.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("Not a GSTIN character: " + first14.charAt(i));
            }
            int product = digit * ((i % 2 == 0) ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return ALPHABET.charAt((36 - sum % 36) % 36);
    }

    @Override
    public String toString() {
        return this.value;
    }
}

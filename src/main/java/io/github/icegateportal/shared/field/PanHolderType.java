package io.github.icegateportal.shared.field;

/** The holder type that the 4th letter of a PAN states. */
public enum PanHolderType {
    /** Individual or proprietor. */
    P,
    /** Company. */
    C,
    /** Firm or LLP. */
    F,
    /** Hindu Undivided Family. */
    H,
    /** Association of persons. */
    A,
    /** Trust. */
    T,
    /** Body of individuals. */
    B,
    /** Local authority. */
    L,
    /** Artificial juridical person. */
    J,
    /** Government. */
    G;

    /** Message key of the holder type's name, e.g. {@code field.panHolderType.P}. */
    public String messageKey() {
        return "field.panHolderType." + name();
    }

    /** The holder type of the letter (either case); {@code field.pan.holderType} for any other letter. */
    public static PanHolderType of(char letter) {
        char upper = Character.toUpperCase(letter);
        for (PanHolderType type : values()) {
            if (type.name().charAt(0) == upper) {
                return type;
            }
        }
        throw new InvalidFieldException("field.pan.holderType", String.valueOf(letter));
    }
}

package io.github.icegateportal.shared.field;

/**
 * NUL and the other C0 and C1 control characters have no place in anything a person types: PostgreSQL refuses NUL
 * in text outright, and the others only hide what a value really is. Tab, CR and LF are allowed in a field that
 * holds several lines ({@link MultiLine}). The one place this rule is written: forms, query strings and the login
 * forms all ask here.
 */
public final class ControlCharacters {

    /** The message shown next to a field that holds one. */
    public static final String MESSAGE_KEY = "field.controlCharacters";

    private ControlCharacters() {}

    /** True if {@code value} holds a control character, tab, CR and LF excepted where {@code multiLine}. */
    public static boolean foundIn(CharSequence value, boolean multiLine) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreakOrTab = c == '\t' || c == '\r' || c == '\n';
            if (Character.getType(c) == Character.CONTROL && !(multiLine && lineBreakOrTab)) {
                return true;
            }
        }
        return false;
    }
}

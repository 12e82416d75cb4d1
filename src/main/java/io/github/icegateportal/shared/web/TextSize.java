package io.github.icegateportal.shared.web;

import java.util.Arrays;
import java.util.Optional;

/** The three text sizes of the A- A A+ controls; the chosen one is kept in a cookie. */
public enum TextSize {
    SMALL("small"),
    NORMAL("normal"),
    LARGE("large");

    private final String code;

    TextSize(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The CSS class the layout puts on the page's root element. */
    public String cssClass() {
        return "text-" + code;
    }

    static Optional<TextSize> fromCode(String code) {
        return Arrays.stream(values()).filter(size -> size.code.equals(code)).findFirst();
    }
}

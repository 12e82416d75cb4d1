package io.github.icegateportal.shared.field;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rule: a number, a special character, upper and lower case ({@code seeds/002}); 8 to 64 characters;
 * not one of the common passwords in {@code common-passwords.txt} (compared without regard to case); not containing
 * the ICEGATE ID (without regard to case).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    public static final int MAX_LENGTH = 64;

    private static final Set<String> COMMON = loadCommonPasswords();

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SPECIAL = "@#$%!*-_";

    private PasswordPolicy() {}

    /**
     * The message keys of every rule {@code password} breaks, in a fixed order; empty when it is acceptable.
     *
     * @param icegateIdOrNull the ICEGATE ID the password is for, if known
     */
    public static List<String> violations(String password, String icegateIdOrNull) {
        List<String> violations = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            violations.add("field.password.required");
            return violations;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            violations.add("field.password.tooShort");
        }
        if (length > MAX_LENGTH) {
            violations.add("field.password.tooLong");
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            violations.add("field.password.number");
        }
        if (password.chars().noneMatch(PasswordPolicy::isSpecial)) {
            violations.add("field.password.specialCharacter");
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            violations.add("field.password.upperCase");
        }
        if (password.chars().noneMatch(Character::isLowerCase)) {
            violations.add("field.password.lowerCase");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            violations.add("field.password.common");
        }
        if (icegateIdOrNull != null
                && !icegateIdOrNull.isBlank()
                && lower.contains(icegateIdOrNull.strip().toLowerCase(Locale.ROOT))) {
            violations.add("field.password.containsIcegateId");
        }
        return violations;
    }

    /** Whether {@code password} meets every rule. */
    public static boolean isAcceptable(String password, String icegateIdOrNull) {
        return violations(password, icegateIdOrNull).isEmpty();
    }

    /** Throws {@link InvalidFieldException} with the first rule {@code password} breaks, if any. */
    public static void require(String password, String icegateIdOrNull) {
        List<String> violations = violations(password, icegateIdOrNull);
        if (!violations.isEmpty()) {
            throw new InvalidFieldException(violations.get(0));
        }
    }

    /** Whether the list of common passwords holds {@code password}, without regard to case. */
    public static boolean isCommon(String password) {
        return password != null && COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    /**
     * A random password meeting this rule, to hand over once (a new admin's, an issuing office's): 16 characters
     * with every kind, without the look-alikes (l, o, 0, 1, I, O).
     */
    public static String random() {
        var chars = new StringBuilder();
        String all = LOWER + UPPER + DIGITS + SPECIAL;
        chars.append(pick(LOWER)).append(pick(UPPER)).append(pick(DIGITS)).append(pick(SPECIAL));
        while (chars.length() < 16) {
            chars.append(pick(all));
        }
        for (int i = chars.length() - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char c = chars.charAt(i);
            chars.setCharAt(i, chars.charAt(j));
            chars.setCharAt(j, c);
        }
        String password = chars.toString();
        return isAcceptable(password, null) ? password : random();
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }

    private static boolean isSpecial(int c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(entry.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}

package io.github.icegateportal.registration;

import java.security.SecureRandom;

/**
 * Random, never sequential reference numbers such as {@code K7QM-2XHD-9TPR}: 12 characters from an alphabet
 * without the look-alikes 0/O and 1/I, about 59 bits, so that one cannot be guessed from another.
 */
final class ReferenceNumber {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceNumber() {}

    static String next() {
        StringBuilder reference = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                reference.append('-');
            }
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}

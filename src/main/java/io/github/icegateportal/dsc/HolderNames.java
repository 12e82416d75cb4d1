package io.github.icegateportal.dsc;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a certificate's name with a name on the IEC record as a person would: without regard to case, spaces,
 * punctuation ("R.K. Sharma" is "R K Sharma") or honorifics ("Shri", "Smt", "Mr", "Dr" ...).
 */
final class HolderNames {

    private static final Set<String> HONORIFICS = Set.of(
            "MR",
            "MRS",
            "MS",
            "MISS",
            "DR",
            "SHRI",
            "SRI",
            "SHREE",
            "SMT",
            "SHRIMATI",
            "KUMARI",
            "KU",
            "KUM",
            "MX",
            "PROF");

    private HolderNames() {}

    static boolean match(String a, String b) {
        String left = normalise(a);
        return !left.isEmpty() && left.equals(normalise(b));
    }

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", " ")
                .strip();
        var words = Arrays.asList(folded.split(" "));
        int first = 0;
        while (first < words.size() - 1 && HONORIFICS.contains(words.get(first))) {
            first++;
        }
        return words.subList(first, words.size()).stream()
                .filter(word -> !word.isEmpty())
                .collect(Collectors.joining(" "));
    }
}

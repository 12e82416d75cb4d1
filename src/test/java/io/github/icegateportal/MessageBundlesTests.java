package io.github.icegateportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text of the portal exists in English and in Hindi, and the Hindi texts are Hindi. */
class MessageBundlesTests {

    private static final Path ENGLISH = Path.of("src/main/resources/messages.properties");
    private static final Path HINDI = Path.of("src/main/resources/messages_hi.properties");
    private static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u097F]");

    /**
     * Hindi values that may stay in Latin letters besides bare abbreviations (see {@link #ABBREVIATION}): codes,
     * examples and commands that read the same in both languages. Add a key here only with a reason; every other
     * Hindi text needs Devanagari.
     */
    private static final Set<String> LATIN_ALLOWED = Set.of(
            // an acronym, which Hindi writes in Latin letters (HindiAcronymStyleTests), and the code itself
            "admin.audit.subject.gstin", "admin.audit.subject.iec");

    /** A value that is only an identifier's abbreviation, such as "PAN", "GSTIN" or "ICEGATE ID", reads the same in Hindi. */
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z0-9][A-Z0-9 ./()_:-]{0,24}");

    /** A lifetime set to one hour or one day reads "1 hour", "1 day", not "1 hours"; the defaults read as the seeds. */
    @Test
    void lifetimesTakenFromTheSettingsAgreeInNumber() throws IOException {
        Map<String, String> english = load(ENGLISH);
        String expired = english.get("otp.expired");
        String intro = english.get("registration.temporaryPassword.intro");

        assertThat(new java.text.MessageFormat(expired, java.util.Locale.ENGLISH).format(new Object[] {1L}))
                .contains("valid for 1 hour after");
        assertThat(new java.text.MessageFormat(expired, java.util.Locale.ENGLISH).format(new Object[] {2L}))
                .contains("valid for 2 hours after");
        assertThat(new java.text.MessageFormat(intro, java.util.Locale.ENGLISH).format(new Object[] {1L}))
                .contains("valid for 1 day.");
        assertThat(new java.text.MessageFormat(intro, java.util.Locale.ENGLISH).format(new Object[] {7L}))
                .contains("valid for 7 days.");
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        var english = load(ENGLISH).keySet();
        var hindi = load(HINDI).keySet();

        assertThat(hindi).as("keys missing in messages_hi.properties").containsAll(english);
        assertThat(english).as("keys missing in messages.properties").containsAll(hindi);
    }

    @Test
    void hindiTextsAreWrittenInDevanagari() throws IOException {
        var latin = load(HINDI).entrySet().stream()
                .filter(entry -> !mayStayLatin(entry.getKey(), entry.getValue()))
                .filter(entry -> !DEVANAGARI.matcher(entry.getValue()).find())
                .map(Map.Entry::getKey)
                .toList();

        assertThat(latin).as("Hindi values without a Devanagari letter").isEmpty();
    }

    @Test
    void hindiTextsAreNotCopiesOfTheEnglish() throws IOException {
        var english = load(ENGLISH);
        var copies = load(HINDI).entrySet().stream()
                .filter(entry -> !mayStayLatin(entry.getKey(), entry.getValue()))
                .filter(entry -> entry.getValue().equals(english.get(entry.getKey())))
                .map(Map.Entry::getKey)
                .toList();

        assertThat(copies).isEmpty();
    }

    @Test
    void noKeyIsDefinedTwiceWithDifferentTexts() throws IOException {
        assertThat(conflictingDuplicates(ENGLISH)).isEmpty();
        assertThat(conflictingDuplicates(HINDI)).isEmpty();
    }

    @Test
    void noTextIsEmpty() throws IOException {
        assertThat(load(ENGLISH))
                .allSatisfy((key, value) -> assertThat(value).as(key).isNotBlank());
        assertThat(load(HINDI))
                .allSatisfy((key, value) -> assertThat(value).as(key).isNotBlank());
    }

    private static boolean mayStayLatin(String key, String value) {
        return LATIN_ALLOWED.contains(key)
                || ABBREVIATION.matcher(value.strip()).matches();
    }

    private static Map<String, String> load(Path file) throws IOException {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        var values = new LinkedHashMap<String, String>();
        properties.forEach((key, value) -> values.put((String) key, (String) value));
        return values;
    }

    /** Union merges of the bundles may repeat a line; repeating it is harmless, changing it is not. */
    private static List<String> conflictingDuplicates(Path file) throws IOException {
        var seen = new LinkedHashMap<String, String>();
        var conflicts = new ArrayList<String>();
        for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            var trimmed = line.strip();
            int equals = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 0) {
                continue;
            }
            var key = trimmed.substring(0, equals).strip();
            var value = trimmed.substring(equals + 1);
            var earlier = seen.putIfAbsent(key, value);
            if (earlier != null && !earlier.equals(value)) {
                conflicts.add(key);
            }
        }
        return conflicts;
    }
}

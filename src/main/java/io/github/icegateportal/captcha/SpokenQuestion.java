package io.github.icegateportal.captcha;

import java.util.Locale;
import java.util.random.RandomGenerator;
import org.springframework.context.MessageSource;

/**
 * The accessible alternative to the image: a small sum or difference in words ("What is seven plus four?"),
 * which a screen reader reads aloud and which says nothing about the image's characters.
 */
record SpokenQuestion(int first, boolean plus, int second) {

    static SpokenQuestion random(RandomGenerator random) {
        if (random.nextBoolean()) {
            return new SpokenQuestion(1 + random.nextInt(10), true, 1 + random.nextInt(10));
        }
        int first = 6 + random.nextInt(15);
        return new SpokenQuestion(first, false, 1 + random.nextInt(first - 1));
    }

    int answer() {
        return plus ? first + second : first - second;
    }

    String render(MessageSource messages, Locale locale) {
        var key = plus ? "captcha.question.plus" : "captcha.question.minus";
        return messages.getMessage(
                key, new Object[] {word(messages, first, locale), word(messages, second, locale)}, locale);
    }

    private static String word(MessageSource messages, int number, Locale locale) {
        return messages.getMessage("captcha.number." + number, null, locale);
    }
}

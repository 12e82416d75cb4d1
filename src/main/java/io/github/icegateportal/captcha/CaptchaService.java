package io.github.icegateportal.captcha;

import io.github.icegateportal.shared.PortalProperties;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Creates and checks captchas. A captcha is answered by typing either the characters of its image or the number
 * that answers its question (the accessible alternative); it can be answered once, right or wrong, within
 * {@code portal.captcha.lifetime}.
 *
 * <p>In a controller: {@code captchaService.addTo(model)} when showing a form (again after a failed post: the
 * old captcha is spent), and {@code captchaService.validate(form.captchaId(), form.captcha(), result)} when
 * processing it. With {@code portal.captcha.enabled=false} both do nothing and the fragment renders nothing.
 */
@Service
public class CaptchaService {

    /** The model attribute the fragment {@code fragments/captcha :: field} reads. */
    public static final String MODEL_ATTRIBUTE = "captchaChallenge";

    /** The form field that carries the answer; its id travels in {@code captchaId}. */
    public static final String FIELD = "captcha";

    /** Letters and digits that are hard to mistake for one another (no O/0/Q, I/1, Z/2, S/5, G/6, B/8, g/9). */
    static final String ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ347";

    static final int LENGTH = 5;
    private static final int MAX_ANSWER_LENGTH = 20;

    private final JdbcClient jdbc;
    private final PortalProperties portal;
    private final CaptchaProperties properties;
    private final MessageSource messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CaptchaService(
            JdbcClient jdbc,
            PortalProperties portal,
            CaptchaProperties properties,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.portal = portal;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /** False when {@code portal.captcha.enabled=false}: forms show no captcha and {@link #validate} ignores it. */
    public boolean enabled() {
        return portal.captcha().enabled();
    }

    /** A new captcha, its question in the language of the current request. */
    @Transactional
    public Captcha create() {
        var id = UUID.randomUUID();
        var text = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        var question = SpokenQuestion.random(random);
        var now = clock.instant();
        jdbc.sql("insert into captcha_challenge (id, image_text, spoken_answer, created_at, expires_at)"
                        + " values (:id, :text, :answer, :createdAt, :expiresAt)")
                .param("id", id)
                .param("text", text.toString())
                .param("answer", question.answer())
                .param("createdAt", utc(now))
                .param("expiresAt", utc(now.plus(properties.lifetime())))
                .update();
        return new Captcha(id, question.render(messages, LocaleContextHolder.getLocale()));
    }

    /**
     * True when {@code answer} is the image's characters (any case, spaces ignored) or the answer to the question
     * (in any script's digits), and the captcha has not expired. Spends the captcha either way.
     */
    @Transactional
    public boolean check(UUID id, String answer) {
        if (id == null) {
            return false;
        }
        var challenge = find(id);
        int spent = jdbc.sql("delete from captcha_challenge where id = :id")
                .param("id", id)
                .update();
        return spent == 1
                && challenge.isPresent()
                && challenge.get().expiresAt().isAfter(clock.instant())
                && challenge.get().accepts(answer);
    }

    /** Shows a new captcha on the form (nothing when disabled). */
    public void addTo(Model model) {
        if (enabled()) {
            model.addAttribute(MODEL_ATTRIBUTE, create());
        }
    }

    /**
     * The portal's one captcha check, for the login and every form: true while captchas are switched off, otherwise
     * {@link #check} (which spends the captcha). An id that is not one of ours fails.
     */
    public boolean passes(String captchaId, String answer) {
        if (!enabled()) {
            return true;
        }
        try {
            return captchaId != null && check(UUID.fromString(captchaId.strip()), answer);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    /**
     * Checks the form's captcha ({@link #passes}) and, when it is missing, wrong or expired, adds an error to the
     * field {@code captcha} with this module's message.
     */
    public void validate(UUID captchaId, String answer, BindingResult result) {
        validate(captchaId == null ? null : captchaId.toString(), answer, result);
    }

    /** As {@link #validate(UUID, String, BindingResult)}, for forms that carry the id as typed. */
    public void validate(String captchaId, String answer, BindingResult result) {
        boolean blank = answer == null || answer.isBlank();
        if (!passes(captchaId, answer)) {
            var code = blank ? "captcha.required" : "captcha.wrong";
            result.addError(new FieldError(result.getObjectName(), FIELD, "", false, new String[] {code}, null, code));
        }
    }

    /** Forgets a captcha that was replaced by a new one (refresh). */
    @Transactional
    void discard(UUID id) {
        jdbc.sql("delete from captcha_challenge where id = :id").param("id", id).update();
    }

    /** The characters to draw, while the captcha can still be answered. */
    @Transactional(readOnly = true)
    Optional<String> imageText(UUID id) {
        return find(id).filter(c -> c.expiresAt().isAfter(clock.instant())).map(Challenge::imageText);
    }

    @Transactional
    int deleteExpired() {
        return jdbc.sql("delete from captcha_challenge where expires_at <= :now")
                .param("now", utc(clock.instant()))
                .update();
    }

    private Optional<Challenge> find(UUID id) {
        return jdbc.sql("select image_text, spoken_answer, expires_at from captcha_challenge where id = :id")
                .param("id", id)
                .query(CaptchaService::challenge)
                .optional();
    }

    private static Challenge challenge(ResultSet rs, int row) throws SQLException {
        return new Challenge(
                rs.getString("image_text"),
                rs.getInt("spoken_answer"),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    record Challenge(String imageText, int spokenAnswer, Instant expiresAt) {

        boolean accepts(String answer) {
            if (answer == null || answer.length() > MAX_ANSWER_LENGTH) {
                return false;
            }
            var typed = answer.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            if (typed.isEmpty()) {
                return false;
            }
            return typed.equals(imageText) || Integer.valueOf(spokenAnswer).equals(number(typed));
        }

        /** The number typed, in ASCII or any other script's digits (such as Devanagari ०-९); null if not one. */
        private static Integer number(String typed) {
            int value = 0;
            for (int i = 0; i < typed.length(); i++) {
                int digit = Character.digit(typed.charAt(i), 10);
                if (digit < 0) {
                    return null;
                }
                value = value * 10 + digit;
            }
            return value;
        }
    }
}

package io.github.icegateportal.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.PortalProperties;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.ViewResolver;

/** The captcha itself, with it switched on (the rest of the test suite runs with it off). */
@PortalTest
class CaptchaServiceTests {

    record CaptchaForm(String captcha, UUID captchaId) {}

    @Autowired
    CaptchaService disabledService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortalProperties portal;

    @Autowired
    CaptchaProperties properties;

    @Autowired
    MessageSource messages;

    @Autowired
    MutableClock clock;

    @Autowired
    CaptchaSweepJob sweepJob;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ViewResolver viewResolver;

    @Autowired
    WebApplicationContext context;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void captchaIsAnsweredByItsCharactersInAnyCaseAndOnlyOnce() {
        var captcha = service().create();
        var text = imageText(captcha);

        assertThat(service()
                        .check(
                                captcha.id(),
                                " " + text.toLowerCase(Locale.ROOT).substring(0, 2) + " " + text.substring(2)))
                .isTrue();
        assertThat(service().check(captcha.id(), text)).as("single use").isFalse();
    }

    @Test
    void captchaIsAnsweredByTheNumberThatAnswersItsQuestionInLatinOrDevanagariDigits() {
        var first = service().create();
        var second = service().create();

        assertThat(service().check(first.id(), Integer.toString(spokenAnswer(first))))
                .isTrue();
        assertThat(service().check(second.id(), devanagari(spokenAnswer(second))))
                .isTrue();
    }

    @Test
    void wrongAnswerSpendsTheCaptcha() {
        var captcha = service().create();
        var text = imageText(captcha);

        assertThat(service().check(captcha.id(), "WRONG")).isFalse();
        assertThat(service().check(captcha.id(), text)).isFalse();
    }

    @Test
    void expiredCaptchaIsRefusedEvenWithTheRightAnswer() {
        var captcha = service().create();

        clock.advance(properties.lifetime().plusSeconds(1));

        assertThat(service().check(captcha.id(), imageText(captcha))).isFalse();
    }

    @Test
    void unknownOrMissingCaptchaIsRefused() {
        assertThat(service().check(UUID.randomUUID(), "ABCDE")).isFalse();
        assertThat(service().check(null, "ABCDE")).isFalse();
    }

    @Test
    void questionIsInWordsAndDoesNotRevealThePicture() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        var english = service().create();
        LocaleContextHolder.setLocale(Locale.forLanguageTag("hi"));
        var hindi = service().create();

        assertThat(english.question()).matches("What is [a-z]+ (plus|minus) [a-z]+\\?");
        assertThat(english.question()).doesNotContain(imageText(english)).doesNotContainPattern("[0-9]");
        assertThat(hindi.question()).containsPattern("\\p{IsDevanagari}").doesNotContainPattern("[0-9]");
    }

    @Test
    void sweepDeletesExpiredCaptchasUnderTheClusterWideLock() {
        var expired = service().create();
        clock.advance(properties.lifetime().plusSeconds(1));
        var fresh = service().create();

        sweepJob.deleteExpiredCaptchas();

        assertThat(exists(expired.id())).isFalse();
        assertThat(exists(fresh.id())).isTrue();
        // the scheduler's entry takes the cluster-wide lock; the work method above does not
        sweepJob.onSchedule();
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'captcha-sweep'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void pictureIsAnUncachedPngAndAskingForItCreatesNoSession() throws Exception {
        var captcha = service().create();

        var result = mvc.get().uri("/captcha/{id}.png", captcha.id()).exchange();

        assertThat(result).hasStatusOk().hasContentType("image/png");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        var image = ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        assertThat(image.getWidth()).isEqualTo(CaptchaImage.WIDTH);
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void pictureOfAnUnknownOrExpiredCaptchaIsNotFound() {
        var captcha = service().create();
        clock.advance(properties.lifetime().plusSeconds(1));

        assertThat(mvc.get().uri("/captcha/{id}.png", captcha.id())).hasStatus(404);
        assertThat(mvc.get().uri("/captcha/{id}.png", UUID.randomUUID())).hasStatus(404);
        assertThat(mvc.get().uri("/captcha/not-a-uuid.png")).hasStatus4xxClientError();
    }

    @Test
    void refreshGivesANewCaptchaAndForgetsTheOldOne() {
        var old = service().create();

        var result =
                new Visitor(mvc).get("/captcha/new.json", "replaces", old.id().toString());

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.question").asString().startsWith("What is ");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.image")
                .asString()
                .matches("http://localhost/captcha/[0-9a-f-]{36}\\.png");
        var id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(Visitor.body(result), "$.id"));
        assertThat(exists(id)).isTrue();
        assertThat(exists(old.id())).isFalse();
    }

    @Test
    void validateAddsAnErrorToTheCaptchaFieldWhenWrongOrBlank() {
        var wrong = errors();
        service().validate(service().create().id(), "WRONG", wrong);
        var blank = errors();
        service().validate(service().create().id(), " ", blank);
        var right = errors();
        var captcha = service().create();
        service().validate(captcha.id(), imageText(captcha), right);

        assertThat(wrong.getFieldError("captcha").getCode()).isEqualTo("captcha.wrong");
        assertThat(blank.getFieldError("captcha").getCode()).isEqualTo("captcha.required");
        assertThat(right.hasErrors()).isFalse();
        assertThat(messages.getMessage(wrong.getFieldError("captcha"), Locale.ENGLISH))
                .isEqualTo("The captcha was not answered correctly, or it has expired. Answer the new captcha below.");
    }

    /** The login and the account forms carry the id as typed: the one check reads it, and a forged id fails. */
    @Test
    void theIdAsTypedIsCheckedTheSameWayAndAForgedOneFails() {
        var captcha = service().create();
        var forged = errors();
        var right = errors();

        service().validate("not-a-captcha", imageText(captcha), forged);
        service().validate(" " + captcha.id() + " ", imageText(captcha), right);

        assertThat(forged.getFieldError("captcha").getCode()).isEqualTo("captcha.wrong");
        assertThat(right.hasErrors()).isFalse();
        assertThat(service().passes(null, "anything")).isFalse();
        assertThat(disabledService.passes(null, null)).isTrue();
    }

    @Test
    void switchedOffTheCaptchaIsNeitherShownNorChecked() {
        var model = new ExtendedModelMap();
        var result = errors();

        disabledService.addTo(model);
        disabledService.validate((UUID) null, null, result);

        assertThat(disabledService.enabled()).isFalse();
        assertThat(model).doesNotContainKey(CaptchaService.MODEL_ATTRIBUTE);
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void fragmentShowsThePictureTheQuestionAndTheErrorTiedToTheField() throws Exception {
        var model = new ExtendedModelMap();
        service().addTo(model);
        var captcha = (Captcha) model.get(CaptchaService.MODEL_ATTRIBUTE);
        var result = errors();
        service().validate(UUID.randomUUID(), "WRONG", result);

        var html = render(model, result);

        assertThat(html)
                .contains("src=\"/captcha/" + captcha.id() + ".png\"")
                .contains("alt=\"Captcha picture: five distorted letters and digits.")
                .contains(captcha.question())
                .contains("name=\"captchaId\" value=\"" + captcha.id() + "\"")
                .contains("name=\"captcha\"")
                .contains("aria-describedby=\"captcha-help captcha-error\"")
                .contains("id=\"captcha-error\"")
                .contains("The captcha was not answered correctly")
                .contains("Show another captcha")
                .doesNotContain(imageText(captcha));
    }

    @Test
    void fragmentRendersNothingWhenTheCaptchaIsOff() throws Exception {
        var model = new ExtendedModelMap();
        disabledService.addTo(model);

        assertThat(render(model, errors())).doesNotContain("captcha");
    }

    private String render(ExtendedModelMap model, BindingResult result) throws Exception {
        model.addAttribute("form", result.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        model.addAttribute("currentPath", "/somewhere");
        var request = new MockHttpServletRequest(context.getServletContext());
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        var response = new MockHttpServletResponse();
        var view = viewResolver.resolveViewName("captcha-test/form", Locale.ENGLISH);
        view.render(new HashMap<>(model), request, response);
        return response.getContentAsString();
    }

    private static BindingResult errors() {
        return new BeanPropertyBindingResult(new CaptchaForm("", null), "form");
    }

    /** The service as it is with {@code portal.captcha.enabled=true}. */
    private CaptchaService service() {
        var enabled = new PortalProperties(new PortalProperties.Captcha(true), portal.baseUrl(), portal.timeZone());
        return new CaptchaService(jdbc, enabled, properties, messages, clock);
    }

    private String imageText(Captcha captcha) {
        return jdbc.sql("select image_text from captcha_challenge where id = ?")
                .param(captcha.id())
                .query(String.class)
                .single();
    }

    private int spokenAnswer(Captcha captcha) {
        return jdbc.sql("select spoken_answer from captcha_challenge where id = ?")
                .param(captcha.id())
                .query(Integer.class)
                .single();
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from captcha_challenge where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private static String devanagari(int number) {
        var digits = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            digits.append((char) ('\u0966' + (c - '0')));
        }
        return digits.toString();
    }
}

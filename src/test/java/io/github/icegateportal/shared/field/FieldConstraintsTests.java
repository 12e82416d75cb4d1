package io.github.icegateportal.shared.field;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The constraint annotations say exactly what the value objects say, in the person's language. */
class FieldConstraintsTests {

    record Form(
            @ValidIec String iec,
            @ValidIec(allowPermanent = true) String anyIec,
            @ValidPan String pan,
            @ValidGstin String gstin,
            @ValidMobile String mobile,
            @ValidEmail String email,
            @ValidIcegateId String icegateId) {}

    static final Form VALID = new Form(
            "ABCPE1234F",
            "0100000088",
            "abcpe1234f",
            "27AAPFU0939F1ZV",
            "+91 98765 43210",
            "Ramesh@Example.com",
            "ramesh_k");

    static ValidatorFactory factory;

    static Validator validator;

    @BeforeAll
    static void validatorReadingThePortalMessages() {
        factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(Locale.ENGLISH)
                .messageInterpolator(
                        new ResourceBundleMessageInterpolator(new PlatformResourceBundleLocator("messages")))
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void validValuesPass() {
        assertThat(validator.validate(VALID)).isEmpty();
    }

    @Test
    void nullAndBlankAreLeftToNotBlank() {
        assertThat(validator.validate(new Form(null, null, null, null, null, null, null)))
                .isEmpty();
        assertThat(validator.validate(new Form(" ", "", " ", "", " ", "", " "))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "iec|ABC|IEC must be 10 characters: capital letters and digits.",
                "pan|ABCDE1234F|The 4th letter of a PAN gives the holder type and must be one of P, C, F, H, A, T, B, L, J or G.",
                "gstin|27AAPFU0939F1ZW|This GSTIN is not valid: its last character does not match the rest. Check every character against the GST registration certificate.",
                "gstin|00AAPFU0939F1ZV|GSTIN must start with a GST state code; 00 is not one. Check the first two digits.",
                "mobile|5876543210|Mobile number must be an Indian mobile number: 10 digits starting with 6, 7, 8 or 9 (a +91 or 0 in front is allowed).",
                "email|aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.com|Email address must not be longer than 50 characters.",
                "icegateId|ABCPE1234F|ICEGATE ID must not look like an IEC or PAN (exactly 10 letters and digits): add a - or _, or make it shorter or longer.",
                "icegateId|ramesh k|ICEGATE ID must not contain blank spaces."
            })
    void reportsTheRuleBrokenWithItsMessage(String field, String value, String message) {
        List<ConstraintViolation<Form>> violations = List.copyOf(validator.validate(with(field, value)));
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).getPropertyPath().toString()).isEqualTo(field);
        assertThat(violations.get(0).getMessage()).isEqualTo(message);
    }

    @Test
    void refusesAPermanentIecNamingItsCategory() {
        List<ConstraintViolation<Form>> violations = List.copyOf(validator.validate(with("iec", "0100000088")));
        assertThat(violations).singleElement().satisfies((v) -> {
            assertThat(v.getMessageTemplate()).isEqualTo("{field.iec.permanent}");
            assertThat(v.getMessage())
                    .isEqualTo(
                            "IEC 0100000088 is a permanent IEC for Ford Foundation: it cannot be registered on ICEGATE.");
        });
    }

    @Test
    void namesThePermanentCategoryInHindiForAHindiReader() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("hi"));
        List<ConstraintViolation<Form>> violations = List.copyOf(validator.validate(with("iec", "0100000061")));
        assertThat(violations).singleElement().satisfies((v) -> assertThat(v.getMessage())
                .contains("0100000061", "नेपाल से / को माल का आयात / निर्यात करने वाले व्यक्ति"));
    }

    @Test
    void readsTheSameThroughSpringBootsMessageSourceInterpolator() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        try (ValidatorFactory boot = Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(Locale.ENGLISH)
                .messageInterpolator(new MessageInterpolatorFactory(messages).getObject())
                .buildValidatorFactory()) {
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(boot.getValidator().validate(with("iec", "0100000088")))
                    .singleElement()
                    .satisfies((v) -> assertThat(v.getMessage())
                            .isEqualTo("IEC 0100000088 is a permanent IEC for Ford Foundation: "
                                    + "it cannot be registered on ICEGATE."));
            assertThat(boot.getValidator().validate(with("email", "a".repeat(60) + "@example.com")))
                    .singleElement()
                    .satisfies((v) -> assertThat(v.getMessage())
                            .isEqualTo("Email address must not be longer than 50 characters."));
        }
    }

    static Form with(String field, String value) {
        Form v = VALID;
        return new Form(
                field.equals("iec") ? value : v.iec(),
                v.anyIec(),
                field.equals("pan") ? value : v.pan(),
                field.equals("gstin") ? value : v.gstin(),
                field.equals("mobile") ? value : v.mobile(),
                field.equals("email") ? value : v.email(),
                field.equals("icegateId") ? value : v.icegateId());
    }
}

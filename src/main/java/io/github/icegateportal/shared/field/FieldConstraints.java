package io.github.icegateportal.shared.field;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Turns an {@link InvalidFieldException} into a Bean Validation violation whose message is the exception's key,
 * with its arguments as the message parameters {@code {0}}, {@code {1}}, ... so that the constraints say exactly
 * what the value objects say.
 */
final class FieldConstraints {

    private FieldConstraints() {}

    /** Runs {@code rule}; on {@link InvalidFieldException} reports it on {@code context} and answers false. */
    static boolean check(ConstraintValidatorContext context, Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (InvalidFieldException ex) {
            context.disableDefaultConstraintViolation();
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            Object[] arguments = ex.arguments();
            for (int i = 0; i < arguments.length; i++) {
                hibernate.addMessageParameter(String.valueOf(i), render(arguments[i]));
            }
            hibernate
                    .buildConstraintViolationWithTemplate("{" + ex.messageKey() + "}")
                    .addConstraintViolation();
            return false;
        }
    }

    /** A message argument as text; a resolvable one (a category name) in the current request's language. */
    private static String render(Object argument) {
        if (argument instanceof MessageSourceResolvable resolvable) {
            Locale locale = LocaleContextHolder.getLocale();
            ResourceBundle.Control control =
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, control);
            for (String code : resolvable.getCodes()) {
                try {
                    return bundle.getString(code);
                } catch (MissingResourceException ex) {
                    // try the next code
                }
            }
            return String.valueOf(resolvable.getDefaultMessage());
        }
        return String.valueOf(argument);
    }
}

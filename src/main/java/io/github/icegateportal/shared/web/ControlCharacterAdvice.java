package io.github.icegateportal.shared.web;

import io.github.icegateportal.shared.field.ControlCharacters;
import io.github.icegateportal.shared.field.MultiLine;
import java.lang.reflect.Modifier;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every validated form of every module refuses a text field holding a control character, with the message next to
 * that field and the rest of the form kept ({@link ControlCharacters}). Query strings and the login forms, which no
 * form object carries, are checked by {@link ControlCharacterFilter}.
 */
@ControllerAdvice
class ControlCharacterAdvice {

    private static final Validator NO_CONTROL_CHARACTERS = new NoControlCharacters();

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.addValidators(NO_CONTROL_CHARACTERS);
    }

    /** Looks at the form's own text fields (a record's components are fields too, with their annotations). */
    private static final class NoControlCharacters implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object form, Errors errors) {
            ReflectionUtils.doWithFields(
                    form.getClass(),
                    field -> {
                        ReflectionUtils.makeAccessible(field);
                        Object value = field.get(form);
                        boolean multiLine = field.isAnnotationPresent(MultiLine.class);
                        if (value instanceof String text
                                && ControlCharacters.foundIn(text, multiLine)
                                && !errors.hasFieldErrors(field.getName())) {
                            errors.rejectValue(field.getName(), ControlCharacters.MESSAGE_KEY);
                        }
                    },
                    field -> field.getType() == String.class && !Modifier.isStatic(field.getModifiers()));
        }
    }
}

package io.github.icegateportal.shared.web;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The field errors of a form that failed, carried in the address of the page the failed POST redirects to, so that
 * an anonymous step is post/redirect/get without an HTTP session (no flash attributes): Back and refresh show the
 * same page and the same messages. The address holds only message keys ({@code error=mobileOtp~otp.mobile.wrong}),
 * never a value typed; a key is shown again only for a field the form names and a key the page allows, so an edited
 * address cannot put a field's name or an unrelated text on the page.
 */
public final class FailedFields {

    /** The query parameter. */
    public static final String PARAM = "error";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9.]{1,80}");

    private FailedFields() {}

    /** The query parameter ({@code error=...}) naming the field errors, for the address of the page. */
    public static String query(BindingResult result) {
        String codes = result.getFieldErrors().stream()
                .map(error -> error.getField() + "~" + key(error))
                .filter(code ->
                        KEY.matcher(code.substring(code.indexOf('~') + 1)).matches())
                .distinct()
                .collect(Collectors.joining(","));
        return PARAM + "=" + codes;
    }

    /**
     * Puts the form into the model under {@code name} with the errors the address names, each only when its field is
     * one of {@code fields} and its key starts with one of {@code prefixes}. Returns whether any was shown.
     */
    public static boolean show(
            String error, Object form, String name, Set<String> fields, Set<String> prefixes, Model model) {
        var result = new BeanPropertyBindingResult(form, name);
        if (error != null) {
            var seen = new LinkedHashSet<String>();
            for (String code : error.split(",", 20)) {
                int tilde = code.indexOf('~');
                if (tilde < 1 || !seen.add(code)) {
                    continue;
                }
                String field = code.substring(0, tilde);
                String key = code.substring(tilde + 1);
                if (fields.contains(field)
                        && KEY.matcher(key).matches()
                        && prefixes.stream().anyMatch(key::startsWith)) {
                    result.rejectValue(field, key);
                }
            }
        }
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
        return result.hasErrors();
    }

    /** The message key of an error: the template of a Bean Validation constraint, or the code it was rejected with. */
    private static String key(FieldError error) {
        if (error.contains(ConstraintViolation.class)) {
            String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
            return template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1)
                    : "";
        }
        String[] codes = error.getCodes();
        return codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
    }
}

package io.github.icegateportal.shared.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of an API controller as an RFC 9457 problem ({@code application/problem+json}): the message a page would
 * show as {@code detail}, a stable {@code code}, and for wrong fields an {@code errors} list with each field's own
 * message, in the language the client asks for ({@code Accept-Language}, English or Hindi). Anything unexpected is a
 * 500 problem without any detail of the failure.
 */
@RestControllerAdvice(annotations = PortalApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    /** One wrong field: its name as the client sent it and its message. */
    record FieldProblem(String field, String message) {}

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(ApiRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ApiRefusedException refused, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(
                refused.status(), messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        problem.setProperty("code", refused.code());
        List<FieldProblem> fields = new ArrayList<>();
        refused.fieldMessages()
                .forEach((field, message) -> fields.add(
                        new FieldProblem(field, messages.getMessage(message.key(), message.arguments(), locale))));
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields);
        }
        refused.properties().forEach(problem::setProperty);
        var headers = new HttpHeaders();
        if (refused.retryAfterOrNull() != null) {
            headers.set(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, refused.retryAfterOrNull().toSeconds())));
        }
        return problem(problem, headers, refused.status(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, WebRequest request) throws Exception {
        if (failure instanceof org.springframework.security.access.AccessDeniedException
                || failure instanceof org.springframework.security.core.AuthenticationException) {
            throw failure; // the security chain answers these (401 and 403 problems)
        }
        logger.error("API request failed", failure);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("api.problem.unexpected", null, LocaleContextHolder.getLocale()));
        problem.setProperty("code", "unexpected");
        return problem(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = invalidFields(invalid.getBindingResult());
        return handleExceptionInternal(invalid, problem, headers, status, request);
    }

    /** A 400 problem naming each wrong field with the message its page would put next to it. */
    ProblemDetail invalidFields(BindingResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("api.problem.invalid", null, locale));
        problem.setProperty("code", "invalid");
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            fields.add(new FieldProblem(error.getField(), messages.getMessage(error, locale)));
        }
        problem.setProperty("errors", fields);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception failure, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var response = super.handleExceptionInternal(failure, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
                problem.setProperty("code", codeFor(status));
            }
            var withType = new HttpHeaders();
            withType.putAll(response.getHeaders());
            withType.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return new ResponseEntity<>(problem, withType, response.getStatusCode());
        }
        return response;
    }

    private static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "error";
        };
    }

    private static ResponseEntity<ProblemDetail> problem(
            ProblemDetail problem, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String path = request.getDescription(false).replaceFirst("^uri=", "");
        problem.setInstance(URI.create(path));
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, headers, status);
    }
}

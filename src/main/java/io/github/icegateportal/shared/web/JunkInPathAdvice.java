package io.github.icegateportal.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An address whose id is not an id at all ({@code /admin/registrations/x/documents/not-a-uuid},
 * {@code /registration/iec/<junk>/otp}) names nothing that exists: it gets the portal's own "Page not found" page
 * (through the error page, like any other 404), not Spring's "400 type mismatch". Junk in a query or form parameter
 * that no person can type (a select list's or a checkbox's value forged by hand) stays a 400 "request not
 * understood" page, which is what Spring answers by itself. A controller's own handler for the same exception, or
 * an advice of a few controllers ordered ahead of this one (the simplified registration has one), takes precedence.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class JunkInPathAdvice {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
        boolean inPath = ex.getParameter().hasParameterAnnotation(PathVariable.class);
        response.sendError(inPath ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
    }
}

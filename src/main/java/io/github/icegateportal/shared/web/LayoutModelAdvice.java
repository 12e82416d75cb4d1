package io.github.icegateportal.shared.web;

import io.github.icegateportal.shared.PortalProperties;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the current path (for the language and text-size links), the text size, and the captcha switch.
 * The demo module adds {@code demoEnabled}. */
@ControllerAdvice
class LayoutModelAdvice {

    private final PortalProperties properties;

    LayoutModelAdvice(PortalProperties properties) {
        this.properties = properties;
    }

    /** The address the person asked for: on an error page, the failed one (not /error). */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed
                : request.getRequestURI();
        return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    }

    @ModelAttribute("textSize")
    TextSize textSize(HttpServletRequest request) {
        return request.getAttribute(TextSizeInterceptor.ATTRIBUTE) instanceof TextSize size ? size : TextSize.NORMAL;
    }

    @ModelAttribute("captchaEnabled")
    boolean captchaEnabled() {
        return properties.captcha().enabled();
    }
}

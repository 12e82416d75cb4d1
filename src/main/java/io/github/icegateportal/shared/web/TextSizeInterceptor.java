package io.github.icegateportal.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reads the text size from the {@code textSize} parameter (the A- A A+ links) or the cookie that remembers
 * it, and hands it to the layout as the request attribute {@code textSize}.
 */
class TextSizeInterceptor implements HandlerInterceptor {

    static final String COOKIE = "portal-text-size";
    static final String PARAMETER = "textSize";
    static final String ATTRIBUTE = "textSize";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var chosen = TextSize.fromCode(request.getParameter(PARAMETER));
        chosen.ifPresent(size -> response.addCookie(cookie(size)));
        var size = chosen.or(() -> fromCookie(request)).orElse(TextSize.NORMAL);
        request.setAttribute(ATTRIBUTE, size);
        return true;
    }

    private static java.util.Optional<TextSize> fromCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return java.util.Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> TextSize.fromCode(cookie.getValue()));
    }

    private static Cookie cookie(TextSize size) {
        var cookie = new Cookie(COOKIE, size.code());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}

package io.github.icegateportal.support;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A person with a browser, for journey tests on MockMvc: keeps cookies (CSRF token, session, language) from
 * one request to the next, sends the CSRF token of the last form it was shown, and comes from an address of
 * its own so that rate limits of one test do not touch another.
 *
 * <p>Do not use Spring Security's {@code csrf()} post-processor in full-context tests: it swaps the cookie
 * token repository for a session one, which a real browser never meets.
 */
public final class Visitor {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final MockMvcTester mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private String remoteAddress;
    private String csrfToken;

    public Visitor(MockMvcTester mvc) {
        this.mvc = mvc;
        int n = ADDRESSES.incrementAndGet();
        this.remoteAddress = "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    /** The same person from another client address. */
    public Visitor from(String remoteAddress) {
        this.remoteAddress = remoteAddress;
        return this;
    }

    /**
     * The same person in another tab of the same browser: the same cookies (session included), CSRF token and address,
     * for requests sent at once from several threads (a Visitor itself is not for sharing between threads).
     */
    public Visitor tab() {
        var tab = new Visitor(mvc);
        tab.cookies.putAll(cookies);
        tab.csrfToken = csrfToken;
        tab.remoteAddress = remoteAddress;
        return tab;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    /** GET with query parameters given as name, value, name, value... */
    public MvcTestResult get(String uri, String... params) {
        var request = mvc.get().uri(uri);
        addParams(request, params);
        return send(request, request::exchange);
    }

    /** POST a form as the browser would: the CSRF token of the last page shown, and the cookies. */
    public MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri);
        addParams(request, params);
        request.param("_csrf", requireCsrfToken());
        return send(request, request::exchange);
    }

    /** Logs in through the portal's login form as a person would (the page, then the form); the form's answer. */
    public MvcTestResult logIn(String username, String password) {
        get("/login");
        return post("/login", "username", username, "password", password);
    }

    /** POST a multipart form (file uploads). */
    public MvcTestResult upload(String uri, MockMultipartFile file, String... params) {
        var request = mvc.post().uri(uri).multipart().file(file);
        addParams(request, params);
        request.param("_csrf", requireCsrfToken());
        return send(request, request::exchange);
    }

    /** POST a body made by hand (a multipart body of a given size, say) with the CSRF token and the cookies. */
    public MvcTestResult postBody(String uri, String contentType, byte[] body) {
        var request = mvc.post().uri(uri).contentType(contentType).content(body);
        request.param("_csrf", requireCsrfToken());
        return send(request, request::exchange);
    }

    /** Follows a redirect the last response gave, as a browser does. */
    public MvcTestResult follow(MvcTestResult redirect) {
        String location = redirect.getResponse().getRedirectedUrl();
        if (location == null) {
            throw new AssertionError(
                    "Not a redirect: status " + redirect.getResponse().getStatus());
        }
        return get(location.replaceFirst("^https?://[^/]+", ""));
    }

    /** The page's text as served (UTF-8). */
    public static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    /** The value of the cookie {@code name} the browser holds now, or null. */
    public String cookie(String name) {
        Cookie cookie = cookies.get(name);
        return cookie == null ? null : cookie.getValue();
    }

    public void forgetCookie(String name) {
        cookies.remove(name);
    }

    private String requireCsrfToken() {
        if (csrfToken == null) {
            get("/login");
        }
        if (csrfToken == null) {
            throw new IllegalStateException("No form seen yet: GET the form's page before posting it");
        }
        return csrfToken;
    }

    private static void addParams(AbstractMockHttpServletRequestBuilder<?> request, String... params) {
        if (params.length % 2 != 0) {
            throw new IllegalArgumentException("params come as name, value pairs");
        }
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
    }

    private MvcTestResult send(AbstractMockHttpServletRequestBuilder<?> request, Supplier<MvcTestResult> exchange) {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        String address = remoteAddress;
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        MvcTestResult result = exchange.get();
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0
                    || cookie.getValue() == null
                    || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        String contentType = result.getResponse().getContentType();
        if (contentType != null && contentType.startsWith("text/html")) {
            var matcher = CSRF_FIELD.matcher(body(result));
            if (matcher.find()) {
                csrfToken = matcher.group(1);
            }
        }
        return result;
    }
}

package io.github.icegateportal.gatling;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;

import io.gatling.javaapi.core.CheckBuilder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the simulations share. */
final class Checks {

    /** The CSRF token of the page's form (the cookie-based token: the form carries it as {@code _csrf}). */
    static CheckBuilder.Final csrf() {
        return css("input[name='_csrf']", "value").saveAs("csrf");
    }

    /** No HTTP session was started by the response. */
    static CheckBuilder.Final noSession() {
        return headerRegex("Set-Cookie", "^(SESSION|JSESSIONID)=").notExists();
    }

    /** A static resource is sent with a Cache-Control max-age of at least a day. */
    static CheckBuilder.Final cachedForADayOrMore() {
        return headerRegex("Cache-Control", "max-age=(\\d+)")
                .find()
                .transform(Long::parseLong)
                .gte(86_400L);
    }

    /** The first group of {@code pattern} in the newest outbox message's body, saved as {@code name}. */
    static CheckBuilder.Final newestMessage(Pattern pattern, String name) {
        return jsonPath("$[0].body")
                .ofString()
                .transform(body -> {
                    Matcher matcher = pattern.matcher(body);
                    return matcher.find() ? matcher.group(1) : null;
                })
                .notNull()
                .saveAs(name);
    }

    private Checks() {}
}

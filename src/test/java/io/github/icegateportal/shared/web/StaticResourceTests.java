package io.github.icegateportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Style sheets and scripts get content-hashed addresses and a year's caching; the links to pages are not looked up
 * as static resources (each look-up missed the classpath through every jar, and misses are not cached).
 */
@PortalTest
class StaticResourceTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("mvcResourceUrlProvider")
    ResourceUrlProvider resourceUrls;

    @Test
    void linksToPagesMatchNoResourceHandler() {
        for (var page :
                new String[] {"/", "/about", "/login", "/registration/simplified", "/guidelines/prerequisites"}) {
            assertThat(resourceUrls.getHandlerMap().keySet())
                    .as(page)
                    .noneMatch(pattern -> resourceUrls.getPathMatcher().match(pattern, page));
            assertThat(resourceUrls.getForLookupPath(page)).as(page).isNull();
        }
    }

    @Test
    void styleSheetsAndScriptsGetContentHashedAddresses() {
        assertThat(resourceUrls.getForLookupPath("/resources/css/portal.css"))
                .matches("/resources/css/portal-[0-9a-f]{32}\\.css");
        assertThat(resourceUrls.getForLookupPath("/resources/js/captcha.js"))
                .matches("/resources/js/captcha-[0-9a-f]{32}\\.js");
        assertThat(resourceUrls.getForLookupPath("/webjars/bootstrap/5.3.8/css/bootstrap.min.css"))
                .isEqualTo("/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
    }

    @Test
    void pagesLinkTheHashedStyleSheetWhichIsCachedForAYear() {
        String home = Visitor.body(mvc.get().uri("/").exchange());
        String styleSheet = resourceUrls.getForLookupPath("/resources/css/portal.css");
        assertThat(home)
                .contains("href=\"" + styleSheet + "\"")
                .contains("href=\"/webjars/bootstrap/5.3.8/css/bootstrap.min.css\"")
                .contains("href=\"/about\"");

        for (var resource : new String[] {styleSheet, "/webjars/bootstrap/5.3.8/css/bootstrap.min.css"}) {
            assertThat(mvc.get().uri(resource))
                    .as(resource)
                    .hasStatusOk()
                    .headers()
                    .hasValue("Cache-Control", "max-age=31536000");
        }
    }
}

package io.github.icegateportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebExpressionContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** Links to pages are written as they are; only links to static resources reach the response's encodeURL. */
class StaticResourceLinksTests {

    final MockServletContext servletContext = new MockServletContext();

    final MockHttpServletResponse response = new MockHttpServletResponse() {
        @Override
        public String encodeURL(String url) {
            return url + ";encoded";
        }
    };

    @Test
    void linksToPagesSkipTheResourceLookup() {
        var context = contextFor("");
        var links = new StaticResourceLinks.LinkBuilder();

        assertThat(links.buildLink(context, "/about", null)).isEqualTo("/about");
        assertThat(links.buildLink(context, "/", Map.of("lang", "hi"))).isEqualTo("/?lang=hi");
        assertThat(links.buildLink(context, "/resources-of-india", null)).isEqualTo("/resources-of-india");
        assertThat(links.buildLink(context, "/resources/css/portal.css", null))
                .isEqualTo("/resources/css/portal.css;encoded");
        assertThat(links.buildLink(context, "/webjars/bootstrap/5.3.8/css/bootstrap.min.css", null))
                .isEqualTo("/webjars/bootstrap/5.3.8/css/bootstrap.min.css;encoded");
    }

    @Test
    void underAContextPathTheResourcePrefixFollowsIt() {
        var context = contextFor("/portal");
        var links = new StaticResourceLinks.LinkBuilder();

        assertThat(links.buildLink(context, "/about", null)).isEqualTo("/portal/about");
        assertThat(links.buildLink(context, "/resources/css/portal.css", null))
                .isEqualTo("/portal/resources/css/portal.css;encoded");
    }

    private WebExpressionContext contextFor(String contextPath) {
        servletContext.setContextPath(contextPath);
        var request = new MockHttpServletRequest(servletContext, "GET", contextPath + "/");
        request.setContextPath(contextPath);
        var exchange =
                JakartaServletWebApplication.buildApplication(servletContext).buildExchange(request, response);
        return new WebExpressionContext(new SpringTemplateEngine().getConfiguration(), exchange);
    }
}

package io.github.icegateportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A visitor who only reads pages leaves no HTTP session behind; language and text size live in cookies. */
@PortalTest
class AnonymousVisitorTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    private int sessionRows() {
        return jdbc.queryForObject("SELECT count(*) FROM spring_session", Integer.class);
    }

    @Test
    void readingEveryPublicPageAndSwitchingLanguageAndTextSizeCreatesNoSession() {
        int before = sessionRows();
        var visitor = new Visitor(mvc);

        for (var path : SitePages.all()) {
            assertThat(visitor.get(path)).hasStatusOk();
        }
        for (var download : SitePages.downloads()) {
            assertThat(visitor.get(download)).hasStatusOk();
        }
        assertThat(visitor.get("/", "lang", "hi")).hasStatusOk();
        assertThat(visitor.get("/help", "textSize", "large")).hasStatusOk();
        assertThat(visitor.get("/guidelines/about-iec", "lang", "en", "textSize", "small"))
                .hasStatusOk();
        assertThat(visitor.get("/no-such-page")).hasStatus(404);

        assertThat(sessionRows()).isEqualTo(before);
        assertThat(visitor.hasCookie("SESSION")).isFalse();
        assertThat(visitor.hasCookie("JSESSIONID")).isFalse();
    }

    @Test
    void chosenTextSizeIsRememberedInACookie() {
        var visitor = new Visitor(mvc);

        visitor.get("/about", "textSize", "large");

        assertThat(visitor.hasCookie("portal-text-size")).isTrue();
        assertThat(Visitor.body(visitor.get("/guidelines"))).contains("<html lang=\"en\" class=\"text-large\"");
        visitor.get("/guidelines", "textSize", "small");
        assertThat(Visitor.body(visitor.get("/"))).contains("class=\"text-small\"");
    }

    @Test
    void chosenLanguageIsRememberedInACookie() {
        var visitor = new Visitor(mvc);

        visitor.get("/", "lang", "hi");

        assertThat(visitor.hasCookie("portal-lang")).isTrue();
        assertThat(Visitor.body(visitor.get("/help")))
                .contains("<html lang=\"hi\"")
                .contains("<h1>सहायता</h1>");
        visitor.get("/help", "lang", "en");
        assertThat(Visitor.body(visitor.get("/help"))).contains("<h1>Help</h1>");
    }

    @Test
    void languageAndTextSizeLinksKeepThePersonOnTheSamePage() {
        assertThat(mvc.get().uri("/guidelines/prerequisites"))
                .bodyText()
                .contains("href=\"/guidelines/prerequisites?textSize=large\"")
                .contains("href=\"/guidelines/prerequisites?lang=hi\"");
    }
}

package io.github.icegateportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.Browser;
import io.github.icegateportal.support.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class HomePageBrowserTests {

    static Browser browser;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @CsvSource({
        "en, small, SERVICES",
        "en, normal, SERVICES",
        "en, large, SERVICES",
        "hi, small, सेवाएँ",
        "hi, normal, सेवाएँ",
        "hi, large, सेवाएँ"
    })
    void homePageRendersInEachLanguageAndTextSize(String language, String textSize, String servicesHeading) {
        browser.open("/?lang=" + language + "&textSize=" + textSize);

        assertThat(browser.driver().findElement(By.id("services-heading")).getText())
                .isEqualTo(servicesHeading);
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("class"))
                .contains("text-" + textSize);
        assertThat(browser.screenshot("home-" + language + "-" + textSize)).exists();
    }
}

package io.github.icegateportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.Browser;
import io.github.icegateportal.support.BrowserTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

@BrowserTest
class HomePageBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

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

package io.github.icegateportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.Browser;
import io.github.icegateportal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

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

    @Test
    void lastUpdatedSitsBelowTheLatestNewsOnAPhone() {
        var window = browser.driver().manage().window();
        var wide = window.getSize();
        try {
            window.setSize(new Dimension(390, 844));
            browser.open("/?lang=en&textSize=normal");

            var news = browser.driver()
                    .findElement(By.cssSelector(".latest > span:not(.last-updated)"))
                    .getRect();
            var updated = browser.driver()
                    .findElement(By.cssSelector(".latest .last-updated"))
                    .getRect();
            assertThat(updated.getY())
                    .as("'Last Updated' starts below the news, not beside or over it")
                    .isGreaterThanOrEqualTo(news.getY() + news.getHeight());
            var box = browser.driver().findElement(By.cssSelector(".latest")).getRect();
            assertThat(updated.getY() + updated.getHeight())
                    .as("'Last Updated' stays inside the news box, off its border and the breadcrumb")
                    .isLessThanOrEqualTo(box.getY() + box.getHeight());
            assertThat(browser.screenshot("home-390-latest")).exists();
        } finally {
            window.setSize(wide);
        }
    }
}

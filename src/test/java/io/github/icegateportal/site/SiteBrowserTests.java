package io.github.icegateportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.Browser;
import io.github.icegateportal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The site in a real browser: keyboard use, the real error page, and screenshots of the pages. */
@BrowserTest
class SiteBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    @Test
    void firstTabReachesTheSkipLinkWhichMovesFocusToTheMainContent() {
        browser.open("/guidelines/simplified-registration?lang=en&textSize=normal");

        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        var skipLink = focused();
        assertThat(skipLink.getAttribute("class")).isEqualTo("skip-link");
        assertThat(skipLink.getCssValue("outline-style")).as("focus is visible").isEqualTo("solid");
        assertThat(skipLink.isDisplayed()).isTrue();
        browser.screenshot("site-skip-link-focused");

        skipLink.sendKeys(Keys.ENTER);
        assertThat(focused().getTagName()).isEqualTo("main");
        assertThat(focused().getAttribute("id")).isEqualTo("main");
        assertThat(browser.driver().findElements(By.tagName("main"))).hasSize(1);

        focused().sendKeys(Keys.TAB);
        assertThat(focused().getText()).as("the next stop is inside the guide").isEqualTo("Download as plain text");
    }

    @Test
    void navigationWorksWithTheKeyboardAlone() {
        browser.open("/?lang=en");
        var body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement guidelines = null;
        for (int i = 0; i < 25 && guidelines == null; i++) {
            focused().sendKeys(Keys.TAB);
            if ("Guidelines".equals(focused().getText())) {
                guidelines = focused();
            }
        }
        assertThat(guidelines)
                .as("Guidelines in the navigation bar is reachable by Tab")
                .isNotNull();
        browser.screenshot("site-nav-focused");

        guidelines.sendKeys(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/guidelines");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Guidelines");
    }

    @Test
    void unknownAddressShowsTheFriendlyErrorPageInTheLayout() {
        browser.open("/no-such-page");

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("404\nPage not found");
        assertThat(browser.driver().findElement(By.className("model-notice")).isDisplayed())
                .isTrue();
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception", "Whitelabel");
        assertThat(browser.screenshot("site-error-404")).exists();
    }

    @ParameterizedTest
    @CsvSource({
        "/, en, normal, home",
        "/, hi, normal, home",
        "/services, en, normal, services",
        "/guidelines, en, normal, guidelines",
        "/guidelines/iec-registration-with-dsc, en, large, guide-dsc",
        "/guidelines/simplified-registration, hi, normal, guide-simplified",
        "/guidelines/about-iec, en, small, guide-about-iec",
        "/downloads, en, normal, downloads",
        "/site-map, hi, normal, site-map",
        "/help, en, normal, help"
    })
    void pagesRenderInBothLanguagesAndTextSizes(String path, String language, String textSize, String name) {
        browser.open(path + "?lang=" + language + "&textSize=" + textSize);

        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo(language);
        assertThat(browser.driver().findElement(By.id("main")).isDisplayed()).isTrue();
        assertThat(browser.screenshot("site-" + name + "-" + language + "-" + textSize))
                .exists();
    }
}

package io.github.icegateportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.Browser;
import io.github.icegateportal.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What a person using a screen reader or the keyboard meets on a form: one error summary that takes focus, errors tied
 * to their fields, a visible ring on fields and buttons, one form width on both routes, and the seed's breadcrumb.
 * Every page here is also checked by axe-core, as in every browser test (see {@link Browser}).
 */
@BrowserTest
class FormAccessibilityBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @ParameterizedTest
    @CsvSource({"en, There is a problem", "hi, कोई समस्या है"})
    void aFormSentEmptyOpensOnOneErrorSummaryThatLeadsToEachField(String language, String title) {
        browser.open("/registration/simplified?lang=" + language);
        browser.press(By.cssSelector("form.simplified-form button[type=submit]"));

        var summary = browser.driver().findElement(By.id("error-summary"));
        assertThat(focused().getAttribute("id")).as("focus is on the summary").isEqualTo("error-summary");
        assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo(title);
        assertThat(browser.driver().findElements(By.cssSelector("[role=alert]")))
                .as("the summary is the page's one alert")
                .singleElement()
                .extracting(alert -> alert.getDomAttribute("id"))
                .isEqualTo("error-summary");
        browser.screenshot("form-error-summary-" + language);

        List<WebElement> links = summary.findElements(By.tagName("a"));
        assertThat(links).extracting(link -> link.getDomAttribute("href")).contains("#iec", "#gstin", "#password");
        for (var link : links) {
            var field = browser.driver()
                    .findElement(By.id(link.getDomAttribute("href").substring(1)));
            var error = browser.driver().findElement(By.id(field.getDomAttribute("aria-describedby")));
            assertThat(error.getText()).as("the error beside the field").isEqualTo(link.getText());
            assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        }

        summary.findElement(By.cssSelector("a[href='#gstin']")).click();
        assertThat(focused().getAttribute("id"))
                .as("the link moves focus to its field")
                .isEqualTo("gstin");
    }

    @Test
    void fieldsAndButtonsShowTheSameStrongFocusRingAsLinks() {
        browser.open("/registration/simplified?lang=en");

        browser.driver().findElement(By.id("iec")).click();
        assertRing(focused());
        browser.driver().findElement(By.id("password")).sendKeys(Keys.TAB);
        assertThat(focused().getTagName()).isEqualTo("button");
        assertRing(focused());
        browser.screenshot("form-button-focused");
    }

    @Test
    void routeBAndSimplifiedFormsHaveOneWidth() {
        browser.open("/registration/simplified?lang=en");
        int simplified = browser.driver().findElement(By.id("iec")).getSize().getWidth();
        browser.open("/registration/iec/details?lang=en");
        int routeB = browser.driver().findElement(By.id("iec")).getSize().getWidth();

        assertThat(routeB).isEqualTo(simplified).isLessThanOrEqualTo(512);
    }

    @Test
    void theBreadcrumbSeparatesItsStepsWithAnAngleAsTheSeedDoes() {
        browser.open("/registration/simplified?lang=en");

        var current = browser.driver().findElement(By.cssSelector("#breadcrumb .breadcrumb-item.active"));
        String separator = (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return getComputedStyle(arguments[0], '::before').content;", current);
        assertThat(separator).startsWith("\">\"");
    }

    private static void assertRing(WebElement element) {
        assertThat(element.getCssValue("outline-style"))
                .as("outline of %s", element.getTagName())
                .isEqualTo("solid");
        assertThat(element.getCssValue("outline-color")).isIn("rgb(255, 191, 71)", "rgba(255, 191, 71, 1)");
        assertThat(element.getCssValue("outline-width")).isEqualTo("3px");
    }

    private static WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }
}

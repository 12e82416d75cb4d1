package io.github.icegateportal.demo.dsc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.Browser;
import io.github.icegateportal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The demo token page in a real browser, the form sent from the keyboard, with screenshots under target/screenshots. */
@BrowserTest
class DemoDscTokenBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aPersonFindsTheIecSignsTheChallengeAndIsOfferedTheSignature() {
        browser.open("/demo/dsc?challenge=ICEGATE-DSC-BROWSER-1&return=/registration/iec");
        browser.driver().findElement(By.id("iec")).sendKeys("AAJFP2187Q");
        browser.press(By.cssSelector("form[method=get] button[type=submit]"));
        browser.screenshot("dsc-demo-token-form");

        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Hitesh Patel", "Nirav Patel");
        browser.driver()
                .findElement(By.cssSelector("form[method=post] button[type=submit]"))
                .sendKeys(Keys.ENTER);
        browser.screenshot("dsc-demo-token-issued");

        assertThat(browser.driver().findElement(By.id("download-signature")).getAttribute("href"))
                .endsWith("/challenge.p7s");
        assertThat(browser.driver().findElement(By.id("return-to-registration")).getAttribute("href"))
                .contains("/registration/iec?demoSignature=");
    }
}

package io.github.icegateportal.support;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core run inside the page a browser test is on, against WCAG 2.0 and 2.1 levels A and AA. The script is the
 * axe.min.js inside Deque's {@code com.deque.html.axe-core:selenium} jar: nothing is downloaded at run time.
 *
 * <p>{@link Browser} calls {@link #checkIfNew} whenever a test reaches a page (it opens, presses, looks something up,
 * or takes a screenshot); a page is checked once per document and window width, so a page that a test reads ten
 * times costs one run, and the same page at 390 px is checked again. What axe finds is kept, and {@link #verify}
 * fails the test with the list: rule, element, page.
 */
final class AccessibilityCheck {

    /** The axe tags of WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * The rules of axe 4.11 with those tags that axe still calls experimental and leaves out unless asked;
     * label-content-name-mismatch (WCAG 2.5.3, Label in Name) among them, which newer axe runs by default.
     */
    static final List<String> EXPERIMENTAL_WCAG_A_AA_RULES = List.of(
            "label-content-name-mismatch",
            "css-orientation-lock",
            "p-as-heading",
            "table-fake-caption",
            "td-has-header");

    /** A mark on the page's window: the width it was checked at; gone when the document is replaced. */
    private static final String MARK = "__portalAxeCheckedAt";

    private final Set<String> violations = new LinkedHashSet<>();

    private int pagesChecked;

    /** Checks the page the browser shows, unless this document was already checked at this window width. */
    void checkIfNew(WebDriver driver) {
        var script = (JavascriptExecutor) driver;
        try {
            Object checked = script.executeScript(
                    "return document.contentType === 'text/html' && location.protocol.startsWith('http')" + " ? window."
                            + MARK + " === window.innerWidth : true;");
            if (Boolean.TRUE.equals(checked)) {
                return;
            }
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> "complete".equals(script.executeScript("return document.readyState;")));
            check(driver);
            script.executeScript("window." + MARK + " = window.innerWidth;");
        } catch (WebDriverException notNow) {
            // The page went away while it was being checked (a redirect, a closed tab, an open dialog): whatever
            // replaced it is checked when the test reaches it.
        }
    }

    private void check(WebDriver driver) {
        var results = new AxeBuilder()
                .withOptions(options())
                .disableIframeTesting()
                .setLegacyMode(true)
                .analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + page(driver) + ": " + results.getErrorMessage());
        }
        pagesChecked++;
        String page = page(driver);
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(rule.getId() + " on " + page + " at " + node.getTarget() + ": " + rule.getHelp()
                        + "\n      " + node.getHtml());
            }
        }
    }

    private static AxeRunOptions options() {
        var runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_A_AA);
        var options = new AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setRules(EXPERIMENTAL_WCAG_A_AA_RULES.stream()
                .collect(Collectors.toMap(Function.identity(), rule -> enabled())));
        return options;
    }

    private static AxeRuleOptions enabled() {
        var enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        return enabled;
    }

    /** The address of the page without scheme, host and port: the path and query a reader recognises. */
    private static String page(WebDriver driver) {
        var address = URI.create(driver.getCurrentUrl());
        return address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery());
    }

    /** Fails with every violation found since the last call, and starts a new list. */
    void verify() {
        var found = new ArrayList<>(violations);
        int checked = pagesChecked;
        violations.clear();
        pagesChecked = 0;
        if (checked == 0) {
            throw new AssertionError("axe-core checked no page: the test visited none, or the check could not run");
        }
        if (!found.isEmpty()) {
            throw new AssertionError("axe-core (WCAG 2.0/2.1 A and AA) found " + found.size() + " violation(s) on the "
                    + checked + " page state(s) this test visited:\n  - " + String.join("\n  - ", found));
        }
    }
}

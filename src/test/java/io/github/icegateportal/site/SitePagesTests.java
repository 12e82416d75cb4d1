package io.github.icegateportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import jakarta.servlet.RequestDispatcher;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalTest
class SitePagesTests {

    private static final Pattern MAIN = Pattern.compile("<main\\b[^>]*>");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MessageSource messages;

    static Stream<String> pages() {
        return SitePages.all().stream();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyPageAnswersInTheLayoutWithTheModelNoticeAndABreadcrumb(String path) {
        var result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk();
        var page = Visitor.body(result);

        assertThat(page)
                .contains("This is a model of the ICEGATE registration process")
                .contains("<ol id=\"breadcrumb\" class=\"breadcrumb\">")
                .contains("<html lang=\"en\"")
                .contains("<a class=\"skip-link\" href=\"#main\"");
        var mains = MAIN.matcher(page).results().map(match -> match.group()).toList();
        assertThat(mains).as("exactly one main landmark").hasSize(1);
        assertThat(mains.get(0)).contains("id=\"main\"").contains("tabindex=\"-1\"");
        assertThat(page).doesNotContain("??");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyPageHasItsHindiText(String path) {
        var result = mvc.get().uri(path).param("lang", "hi").exchange();
        assertThat(result).hasStatusOk();

        assertThat(Visitor.body(result))
                .contains("<html lang=\"hi\"")
                .contains("यह प्रशिक्षण और परीक्षण के लिए ICEGATE पंजीकरण प्रक्रिया का एक मॉडल है")
                .doesNotContain("??");
    }

    @Test
    void everyTextOfEveryPageExistsInBothLanguages() {
        SiteContent.all().flatMap(page -> page.messageKeys().stream()).forEach(key -> {
            assertThat(messages.getMessage(key, null, null, Locale.ENGLISH))
                    .as(key)
                    .isNotNull();
            assertThat(messages.getMessage(key, null, null, Locale.forLanguageTag("hi")))
                    .as(key)
                    .isNotNull()
                    .isNotEqualTo(messages.getMessage(key, null, null, Locale.ENGLISH));
        });
    }

    @Test
    void servicesPageLinksEveryServiceOfThePortal() {
        assertThat(mvc.get().uri("/services"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "href=\"/registration/simplified\"",
                        "href=\"/registration/simplified/temporary-password\"",
                        "href=\"/registration/simplified/resume\"",
                        "href=\"/registration/iec\"",
                        "href=\"/registration/iec/continue\"",
                        "href=\"/registration/status\"",
                        "href=\"/login\"",
                        "href=\"/login/forgot-password\"",
                        "href=\"/enquiry/iec-status\"",
                        "href=\"/admin/login\"",
                        "href=\"/demo/dsc\"",
                        "href=\"/demo/outbox\"");
    }

    @Test
    void homePageServicesBoxLeadsToTheRoutesAndTheDemoToken() {
        assertThat(mvc.get().uri("/"))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/login\">Login/Sign Up</a>")
                .contains("href=\"/registration/simplified\">Simplified Registration</a>")
                .contains("href=\"/admin/login\">Login as Admin</a>")
                .contains("href=\"/registration/iec\">Digital Signature</a>")
                .contains("href=\"/demo/dsc\"")
                .contains("href=\"/enquiry/iec-status\">IEC status at Customs</a>")
                .contains("href=\"/guidelines\"");
    }

    @Test
    void footerLinksTheDemoToolsWhileTheDemoIsOn() {
        assertThat(mvc.get().uri("/terms"))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/demo/outbox\"")
                .contains("href=\"/demo/dsc\">Demo DSC token</a>");
    }

    @Test
    void helpPageHasTheHelpdeskSectionThatLoginLinksTo() {
        assertThat(mvc.get().uri("/help"))
                .hasStatusOk()
                .bodyText()
                .contains("<section id=\"helpdesk\"")
                .contains("Cannot log in?");
    }

    @Test
    void guidesCarryTheContentOfTheSeeds() {
        assertThat(mvc.get().uri("/guidelines/simplified-registration"))
                .hasStatusOk()
                .bodyText()
                .contains("The details provided do not match with ICEGATE records.")
                .contains("This ICEGATE ID already exists in system. Please try with another ICEGATE ID.")
                .contains("Case 1.2", "Case 2", "2 hours");
        assertThat(mvc.get().uri("/guidelines/iec-registration-with-dsc"))
                .hasStatusOk()
                .bodyText()
                .contains("openssl cms -sign -binary -in challenge.txt -signer cert.pem -inkey key.pem -outform DER"
                        + " -out challenge.p7s")
                .contains("24 to 72 hours")
                .contains("certificate of incorporation")
                .contains("href=\"/demo/dsc\"");
        assertThat(mvc.get().uri("/guidelines/about-iec"))
                .hasStatusOk()
                .bodyText()
                .contains("0100000011", "0100000169", "Ford Foundation");
        assertThat(mvc.get().uri("/guidelines/common-problems"))
                .hasStatusOk()
                .bodyText()
                .contains("update the IEC at DGFT");
    }

    @Test
    void guidesStateTheDefaultSettingsInTheirOwnWords() {
        assertThat(mvc.get().uri("/guidelines/simplified-registration"))
                .bodyText()
                .contains("It is valid for 7 days.")
                .contains("Each OTP allows 5 wrong tries; a wrong mobile OTP does not use up the email OTP.")
                .contains("You can ask for new OTPs up to 3 times, a minute apart; new OTPs replace the old ones"
                        + " with fresh tries. When the tries of the last OTPs are used up, or 2 hours have passed,")
                .doesNotContain("{0");
        assertThat(mvc.get().uri("/guidelines/common-problems"))
                .bodyText()
                .contains("OTPs are valid for 2 hours after they were generated.")
                .contains("Each OTP allows 5 wrong tries. Ask for new OTPs (up to 3 times)");
        assertThat(Visitor.body(mvc.get()
                        .uri("/downloads/iec-registration-with-dsc.txt")
                        .exchange()))
                .contains("2 hours, 5 wrong tries each, up to 3 resends.");
    }

    @Test
    void guidesDownloadAsPlainTextInTheChosenLanguage() {
        var english = mvc.get().uri("/downloads/iec-registration-with-dsc.txt").exchange();
        assertThat(english).hasStatusOk().hasContentType("text/plain;charset=UTF-8");
        assertThat(Visitor.body(english))
                .startsWith("IEC-based registration with a Class III DSC, step by step\n=====")
                .contains("    openssl cms -sign -binary")
                .contains("- P: individual or proprietor: PAN card, Aadhaar, address proof")
                .contains("http://localhost:8080/registration/iec")
                .doesNotContain("<");

        var hindi =
                mvc.get().uri("/downloads/about-iec.txt").param("lang", "hi").exchange();
        assertThat(Visitor.body(hindi)).contains("स्थायी IEC").contains("0100000088  फोर्ड फाउंडेशन");
    }

    @Test
    void downloadsPageOffersEveryGuide() {
        var page = mvc.get().uri("/downloads").exchange();
        assertThat(page).hasStatusOk();
        assertThat(SitePages.downloads())
                .allSatisfy(download -> assertThat(Visitor.body(page)).contains("href=\"" + download + "\""));
        assertThat(SitePages.downloads())
                .allSatisfy(download -> assertThat(mvc.get().uri(download)).hasStatusOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/guidelines/no-such-guide", "/downloads/no-such-guide.txt", "/no-such-page"})
    void unknownPagesAnswerNotFound(String path) {
        assertThat(mvc.get().uri(path)).hasStatus(404);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404, 405, 500, 418})
    void errorPageIsFriendlyAndInTheLayout(int status) {
        var result = mvc.get()
                .uri("/error")
                .accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
                .exchange();

        assertThat(result).hasStatus(status);
        assertThat(Visitor.body(result))
                .contains("This is a model of the ICEGATE registration process")
                .contains("<h1><span class=\"error-code\">" + status + "</span>")
                .contains("href=\"/site-map\"")
                .contains("href=\"/somewhere?lang=hi\"")
                .doesNotContain("secret detail", "IllegalStateException", "at io.github", "??");
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    /** Typed in or posted to, /error has no failure to show: it is a page that does not exist, not a 500. */
    @Test
    void theErrorPageAskedForDirectlyIsNotFound() {
        assertThat(mvc.get().uri("/error").accept(MediaType.TEXT_HTML)).hasStatus(404);
        var visitor = new Visitor(mvc);
        visitor.get("/login");
        assertThat(visitor.post("/error")).hasStatus(404);
        assertThat(mvc.get().uri("/error/anything")).hasStatus(404);
    }

    @Test
    void errorPageSaysPageNotFoundForA404() {
        assertThat(mvc.get()
                        .uri("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere"))
                .bodyText()
                .contains("<span>Page not found</span></h1>");
    }
}

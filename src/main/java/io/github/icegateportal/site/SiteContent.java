package io.github.icegateportal.site;

import static io.github.icegateportal.site.ContentPage.bullets;
import static io.github.icegateportal.site.ContentPage.command;
import static io.github.icegateportal.site.ContentPage.guide;
import static io.github.icegateportal.site.ContentPage.kycDocuments;
import static io.github.icegateportal.site.ContentPage.link;
import static io.github.icegateportal.site.ContentPage.links;
import static io.github.icegateportal.site.ContentPage.page;
import static io.github.icegateportal.site.ContentPage.paragraphs;
import static io.github.icegateportal.site.ContentPage.permanentIecs;
import static io.github.icegateportal.site.ContentPage.section;
import static io.github.icegateportal.site.ContentPage.steps;

import io.github.icegateportal.site.ContentPage.Link;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The portal's own pages of text: what each says lives in the message bundles, how it is arranged lives here.
 * The guides are written from the seeds in this portal's words (SPEC, "Guidelines and Downloads").
 */
final class SiteContent {

    // Pages of this portal that other modules serve; the Services page and the site map link to them.
    static final Link SIMPLIFIED = link("/registration/simplified", "site.link.simplified");
    static final Link TEMPORARY_PASSWORD =
            link("/registration/simplified/temporary-password", "site.link.temporaryPassword");
    static final Link RESUME = link("/registration/simplified/resume", "site.link.resume");
    static final Link IEC_REGISTRATION = link("/registration/iec", "site.link.iec");
    static final Link IEC_CONTINUE = link("/registration/iec/continue", "site.link.iecContinue");
    static final Link STATUS = link("/registration/status", "site.link.status");
    static final Link LOGIN = link("/login", "site.link.login");
    static final Link FORGOT_PASSWORD = link("/login/forgot-password", "site.link.forgotPassword");
    static final Link IEC_STATUS = link("/enquiry/iec-status", "site.link.iecStatus");
    static final Link ADMIN_LOGIN = link("/admin/login", "site.link.adminLogin");
    static final Link DEMO_DSC = link("/demo/dsc", "site.link.demoDsc");
    static final Link DEMO_OUTBOX = link("/demo/outbox", "site.link.demoOutbox");

    // Elsewhere on the web.
    static final Link DGFT = link("https://www.dgft.gov.in", "site.link.dgft");
    static final Link ICEGATE = link("https://www.icegate.gov.in", "site.link.icegate");
    static final Link CBIC = link("https://www.cbic.gov.in", "site.link.cbic");
    static final Link GST = link("https://www.gst.gov.in", "site.link.gst");
    static final Link TRADE_PORTAL = link("https://www.indiantradeportal.in", "site.link.tradePortal");

    static final Link GUIDELINES = link("/guidelines", "site.link.guidelines");
    static final Link DOWNLOADS = link("/downloads", "site.link.downloads");
    static final Link HELP = link("/help", "site.link.help");
    static final Link CONTACT = link("/contact", "site.link.contact");

    static final List<ContentPage> GUIDES = List.of(
            guide(
                    "registration-advisory",
                    section("background", paragraphs(2)),
                    section("simplified", paragraphs(2)),
                    section("note", paragraphs(2)),
                    section("choosing", bullets(3)),
                    section("cases", bullets(4), paragraphs(1)),
                    section(
                            "next",
                            links(guideLink("simplified-registration"), guideLink("iec-registration-with-dsc")))),
            guide(
                    "simplified-registration",
                    section("before", bullets(4)),
                    section("temporaryPassword", paragraphs(2), links(TEMPORARY_PASSWORD)),
                    section("autoRegistration", steps(3), paragraphs(2), links(SIMPLIFIED)),
                    section("chooseId", paragraphs(1), bullets(6), paragraphs(1)),
                    section("otps", paragraphs(3)),
                    section("finish", steps(3)),
                    section("changeContacts", steps(4)),
                    section("resume", paragraphs(1), steps(3), paragraphs(1), links(RESUME)),
                    section("afterwards", paragraphs(2), links(LOGIN, guideLink("iec-registration-with-dsc")))),
            guide(
                    "iec-registration-with-dsc",
                    section("before", paragraphs(1), bullets(4), links(guideLink("prerequisites"))),
                    section("start", paragraphs(2), links(IEC_REGISTRATION, IEC_CONTINUE)),
                    section("iecDetails", paragraphs(2), bullets(3)),
                    section("otps", paragraphs(1)),
                    section("documents", paragraphs(2), kycDocuments()),
                    section(
                            "dsc",
                            paragraphs(3),
                            command("printf '%s' 'PASTE-THE-CHALLENGE-HERE' > challenge.txt"),
                            command("openssl cms -sign -binary -in challenge.txt -signer cert.pem -inkey key.pem"
                                    + " -outform DER -out challenge.p7s"),
                            paragraphs(2)),
                    section("demoToken", paragraphs(2), links(DEMO_DSC)).demo(),
                    section("idAndPassword", paragraphs(2)),
                    section("submit", paragraphs(2), links(STATUS)),
                    section("approval", paragraphs(2)),
                    section("activation", paragraphs(2), links(LOGIN))),
            guide(
                    "prerequisites",
                    section("both", bullets(3)),
                    section("simplified", bullets(3)),
                    section("dsc", bullets(5)),
                    section("browser", paragraphs(1)),
                    section("next", links(guideLink("common-problems"), guideLink("about-iec")))),
            guide(
                    "common-problems",
                    section("outdatedContacts", paragraphs(1)),
                    section("wrongPan", paragraphs(1)),
                    section("detailsDoNotMatch", paragraphs(1)),
                    section("gstinRefused", paragraphs(1)),
                    section("permanentIec", paragraphs(1)),
                    section("expiredDsc", paragraphs(1)),
                    section("notClassThree", paragraphs(1)),
                    section("nameMismatch", paragraphs(1)),
                    section("signatureMismatch", paragraphs(1)),
                    section("blurryDocuments", paragraphs(1)),
                    section("otpExpired", paragraphs(1)),
                    section("otpTries", paragraphs(1)),
                    section("idTaken", paragraphs(1)),
                    section("lockedOut", paragraphs(1), links(FORGOT_PASSWORD))),
            guide(
                    "about-iec",
                    section("what", paragraphs(3)),
                    section("onePerPan", paragraphs(2)),
                    section("exempt", paragraphs(1), bullets(4), paragraphs(1)),
                    section("permanent", paragraphs(1), permanentIecs(), paragraphs(2)),
                    section("apply", paragraphs(2), links(DGFT)),
                    section("icegate", paragraphs(2), links(guideLink("registration-advisory"), IEC_STATUS))));

    static final ContentPage ABOUT = page(
            "/about",
            "page.about",
            section("what", paragraphs(2)),
            section("routes", paragraphs(1), bullets(2)),
            section("audience", bullets(4)),
            section("notGovernment", paragraphs(1)));

    static final ContentPage SERVICES = page(
            "/services",
            "page.services",
            section(
                    "registration",
                    links(SIMPLIFIED, TEMPORARY_PASSWORD, RESUME, IEC_REGISTRATION, IEC_CONTINUE, STATUS)),
            section("account", links(LOGIN, FORGOT_PASSWORD)),
            section("enquiries", links(IEC_STATUS)),
            section("administration", links(ADMIN_LOGIN)),
            section("demo", links(DEMO_DSC, DEMO_OUTBOX)).demo(),
            section("help", links(GUIDELINES, DOWNLOADS, HELP)));

    static final ContentPage USEFUL_LINKS = page(
            "/useful-links",
            "page.usefulLinks",
            section("government", links(ICEGATE, DGFT, CBIC, GST, TRADE_PORTAL)),
            section("thisPortal", links(GUIDELINES, DOWNLOADS, HELP)));

    static final ContentPage SINGLE_WINDOW = page(
            "/single-window",
            "page.singleWindow",
            section("what", paragraphs(2)),
            section("agencies", bullets(5)),
            section("inThisModel", paragraphs(1), links(ICEGATE)));

    static final ContentPage CONTACT_US = page(
            "/contact",
            "page.contact",
            section("model", paragraphs(2), links(HELP)),
            section("realIcegate", paragraphs(1), links(ICEGATE)),
            section("dgft", paragraphs(1), links(DGFT)));

    static final ContentPage ACCESSIBILITY = page(
            "/accessibility",
            "page.accessibility",
            section("commitment", paragraphs(1)),
            section("features", bullets(7)),
            section("limitations", bullets(2)),
            section("feedback", paragraphs(1), links(CONTACT)));

    static final ContentPage HELP_PAGE = page(
            "/help",
            "page.help",
            section("using", bullets(4)),
            section(
                    "registering",
                    paragraphs(1),
                    links(guideLink("simplified-registration"), guideLink("iec-registration-with-dsc"))),
            section("loggingIn", steps(5), links(LOGIN, FORGOT_PASSWORD)),
            section("helpdesk", paragraphs(3), links(guideLink("common-problems"), CONTACT)),
            section("demo", paragraphs(1), links(DEMO_OUTBOX, DEMO_DSC)).demo());

    static final ContentPage TERMS = page(
            "/terms",
            "page.terms",
            section("model", paragraphs(2)),
            section("data", bullets(3)),
            section("noWarranty", paragraphs(1)),
            section("links", paragraphs(1)));

    /** The navigation bar's and the footer's pages of text (the index pages have templates of their own). */
    static final List<ContentPage> PAGES =
            List.of(ABOUT, SERVICES, USEFUL_LINKS, SINGLE_WINDOW, CONTACT_US, ACCESSIBILITY, HELP_PAGE, TERMS);

    private SiteContent() {}

    static Link guideLink(String slug) {
        return new Link("/guidelines/" + slug, "guide." + slug + ".title", "guide." + slug + ".intro");
    }

    static Optional<ContentPage> findGuide(String slug) {
        return GUIDES.stream().filter(guide -> guide.slug().equals(slug)).findFirst();
    }

    static Optional<ContentPage> findPage(String path) {
        return PAGES.stream().filter(page -> page.path().equals(path)).findFirst();
    }

    static Stream<ContentPage> all() {
        return Stream.concat(PAGES.stream(), GUIDES.stream());
    }
}

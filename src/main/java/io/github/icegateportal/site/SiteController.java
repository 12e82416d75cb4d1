package io.github.icegateportal.site;

import io.github.icegateportal.shared.PortalProperties;
import io.github.icegateportal.shared.field.PermanentIec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages: home, the navigation bar's pages, the footer's pages, the guides and their downloads. */
@Controller
class SiteController {

    private final MessageSource messages;
    private final PortalProperties properties;
    private final SwitchedTexts switchedTexts;

    SiteController(MessageSource messages, PortalProperties properties, SwitchedTexts switchedTexts) {
        this.messages = messages;
        this.properties = properties;
        this.switchedTexts = switchedTexts;
    }

    /** The texts that state a setting take it as arguments ({@link SwitchedTexts}). */
    @ModelAttribute("switchedTexts")
    SwitchedTexts switchedTexts() {
        return switchedTexts;
    }

    @ModelAttribute("permanentIecs")
    PermanentIec[] permanentIecs() {
        return PermanentIec.values();
    }

    @ModelAttribute("kycRows")
    List<ContentPage.KycRow> kycRows() {
        return ContentPage.KycRow.ROWS;
    }

    @GetMapping("/")
    String home() {
        return "site/home";
    }

    @GetMapping({
        "/about",
        "/services",
        "/useful-links",
        "/single-window",
        "/contact",
        "/accessibility",
        "/help",
        "/terms"
    })
    String contentPage(jakarta.servlet.http.HttpServletRequest request, Model model) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        model.addAttribute("page", SiteContent.findPage(path).orElseThrow());
        return "site/page";
    }

    @GetMapping("/guidelines")
    String guidelines(Model model) {
        model.addAttribute("guides", SiteContent.GUIDES);
        return "site/guidelines";
    }

    @GetMapping("/guidelines/{slug}")
    String guide(@PathVariable String slug, Model model) {
        model.addAttribute("page", SiteContent.findGuide(slug).orElseThrow(SiteController::notFound));
        return "site/page";
    }

    @GetMapping("/downloads")
    String downloads(Model model) {
        model.addAttribute("guides", SiteContent.GUIDES);
        return "site/downloads";
    }

    @GetMapping("/downloads/{slug}.txt")
    ResponseEntity<String> download(@PathVariable String slug, Locale locale, Model model) {
        var guide = SiteContent.findGuide(slug).orElseThrow(SiteController::notFound);
        // the demo module puts demoEnabled in the model, as for the guide's page
        boolean demoSections = Boolean.TRUE.equals(model.getAttribute("demoEnabled"));
        var text = new PlainTextGuide(messages, switchedTexts, locale, properties, demoSections).render(guide);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("icegate-" + slug + "-" + locale.getLanguage() + ".txt")
                                .build()
                                .toString())
                .body(text);
    }

    @GetMapping("/site-map")
    String siteMap(Model model) {
        model.addAttribute("pages", SiteContent.PAGES);
        model.addAttribute("guides", SiteContent.GUIDES);
        model.addAttribute("services", SiteContent.SERVICES);
        return "site/site-map";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
}

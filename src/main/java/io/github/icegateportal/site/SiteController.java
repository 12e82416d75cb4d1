package io.github.icegateportal.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages: home, the navigation bar's pages and the footer's pages. */
@Controller
class SiteController {

    @GetMapping("/")
    String home() {
        return "site/home";
    }
}

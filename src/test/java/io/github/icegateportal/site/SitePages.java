package io.github.icegateportal.site;

import java.util.List;
import java.util.stream.Stream;

/** The pages this module serves, for the tests that read them all. */
final class SitePages {

    static final List<String> NAVIGATION = List.of(
            "/", "/about", "/services", "/downloads", "/guidelines", "/useful-links", "/single-window", "/contact");

    static final List<String> FOOTER = List.of("/site-map", "/accessibility", "/help", "/terms");

    /** Every HTML page of the site module. */
    static List<String> all() {
        return Stream.of(
                        NAVIGATION.stream(),
                        FOOTER.stream(),
                        SiteContent.GUIDES.stream().map(ContentPage::path))
                .flatMap(paths -> paths)
                .toList();
    }

    static List<String> downloads() {
        return SiteContent.GUIDES.stream()
                .map(guide -> "/downloads/" + guide.slug() + ".txt")
                .toList();
    }

    private SitePages() {}
}

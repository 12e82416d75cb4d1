package io.github.icegateportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** No link of the portal is dead: a crawl from the home page and the site map over every internal link. */
@PortalTest
class SiteLinksTests {

    /**
     * Pages that other modules are building right now: they may still answer 404 while they are built. The lead
     * empties this set once every module has landed; a path here that already answers is harmless.
     */
    static final Set<String> PENDING = Set.of();

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final int MAX_PAGES = 400;

    @Autowired
    MockMvcTester mvc;

    @Test
    void everyInternalLinkFromTheHomePageAndTheSiteMapAnswers() {
        var statuses = crawl("/", "/site-map");

        var broken = new LinkedHashMap<String, Integer>();
        statuses.forEach((path, status) -> {
            boolean missing = status == 404 && !PENDING.contains(path);
            if (missing || status >= 500) {
                broken.put(path, status);
            }
        });
        assertThat(broken).as("internal links that do not answer").isEmpty();
        assertThat(statuses.keySet())
                .as("the crawl reached the site's pages")
                .containsAll(SitePages.all())
                .containsAll(SitePages.downloads());
    }

    /** GETs every internal link reachable from the start pages, following only this portal's HTML pages. */
    private Map<String, Integer> crawl(String... start) {
        var statuses = new LinkedHashMap<String, Integer>();
        var queue = new ArrayDeque<String>(Set.of(start));
        var seen = new LinkedHashSet<String>(queue);
        while (!queue.isEmpty() && statuses.size() < MAX_PAGES) {
            var path = queue.poll();
            var result = mvc.get().uri(path).exchange();
            int status = result.getResponse().getStatus();
            statuses.put(path, status);
            var contentType = result.getResponse().getContentType();
            if (status != 200 || contentType == null || !contentType.startsWith("text/html")) {
                continue;
            }
            if (path.equals("/demo/outbox")) {
                // its links are those in the messages other tests sent, not the portal's own
                continue;
            }
            var links = HREF.matcher(Visitor.body(result));
            while (links.find()) {
                internalPath(links.group(1)).filter(seen::add).ifPresent(queue::add);
            }
        }
        return statuses;
    }

    /** The path of a link to this portal, without query or fragment; empty for links elsewhere. */
    static java.util.Optional<String> internalPath(String href) {
        if (!href.startsWith("/") || href.startsWith("//")) {
            return java.util.Optional.empty();
        }
        var path = href.replaceFirst("[?#].*$", "");
        if (path.startsWith("/webjars/") || path.startsWith("/resources/") || path.equals("/logout")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(path.isEmpty() ? "/" : path);
    }
}

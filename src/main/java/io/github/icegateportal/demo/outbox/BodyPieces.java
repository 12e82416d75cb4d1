package io.github.icegateportal.demo.outbox;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A message body cut into text and links for the outbox page, which writes each piece escaped: a link is an anchor,
 * everything else stays text, so markup in a body is shown as typed and never run.
 *
 * <p>A link that starts with {@code portal.base-url} points into this portal; its target becomes the path after the
 * base, relative to the portal serving the page, so an activation link works on whatever port the demo runs. The
 * body, as it was sent, keeps the base URL.
 */
final class BodyPieces {

    /** A web address up to the first space, quote or angle bracket. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'`]+");

    /** Punctuation that ends a sentence rather than the address in it. */
    private static final String TRAILING = ".,;:!?)]}";

    /**
     * @param text what the page shows
     * @param href where a link goes: a path from the portal's root ({@code /...}) for the portal's own links, the
     *     address itself for others; null for plain text
     * @param external true for an address outside this portal
     */
    record Piece(String text, String href, boolean external) {

        static Piece text(String text) {
            return new Piece(text, null, false);
        }

        public boolean link() {
            return href != null;
        }
    }

    private BodyPieces() {}

    static List<Piece> of(String body, URI baseUrl) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        var base = stripTrailingSlash(baseUrl.toString());
        var pieces = new ArrayList<Piece>();
        var matcher = LINK.matcher(body);
        int from = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING.indexOf(body.charAt(end - 1)) >= 0) {
                end--;
            }
            if (matcher.start() > from) {
                pieces.add(Piece.text(body.substring(from, matcher.start())));
            }
            var address = body.substring(matcher.start(), end);
            pieces.add(link(address, base));
            from = end;
        }
        if (from < body.length()) {
            pieces.add(Piece.text(body.substring(from)));
        }
        return List.copyOf(pieces);
    }

    private static Piece link(String address, String base) {
        if (address.regionMatches(true, 0, base, 0, base.length())) {
            var rest = address.substring(base.length());
            if (rest.isEmpty()) {
                return new Piece(address, "/", false);
            }
            if (rest.startsWith("/")) {
                return new Piece(address, rest, false);
            }
            if (rest.startsWith("?") || rest.startsWith("#")) {
                return new Piece(address, "/" + rest, false);
            }
        }
        return new Piece(address, address, true);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

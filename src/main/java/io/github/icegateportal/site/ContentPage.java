package io.github.icegateportal.site;

import io.github.icegateportal.shared.field.PermanentIec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;

/**
 * A page of text (a navigation or footer page, or a guide), described as sections of blocks whose texts are
 * message keys: {@code <prefix>.title}, {@code <prefix>.intro}, and per section {@code <prefix>.<section>.heading},
 * {@code .p1..}, {@code .step1..}, {@code .item1..}. One description serves the page and its plain-text download.
 *
 * @param path where the page is served
 * @param prefix the message-key prefix, e.g. {@code guide.simplified-registration}
 * @param guide whether the page is a guide (under Guidelines, with a download)
 */
public record ContentPage(String path, String prefix, boolean guide, List<Section> sections) {

    public String slug() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public String titleKey() {
        return prefix + ".title";
    }

    public String introKey() {
        return prefix + ".intro";
    }

    /** Every message key the page uses (for the tests that check both bundles have them). */
    List<String> messageKeys() {
        return Stream.concat(
                        Stream.of(titleKey(), introKey()),
                        sections.stream()
                                .flatMap(section -> Stream.concat(
                                        Stream.of(section.headingKey()),
                                        section.blocks().stream().flatMap(block -> block.messageKeys().stream()))))
                .toList();
    }

    static ContentPage page(String path, String prefix, SectionSpec... sections) {
        return new ContentPage(path, prefix, false, expand(prefix, sections));
    }

    static ContentPage guide(String slug, SectionSpec... sections) {
        String prefix = "guide." + slug;
        return new ContentPage("/guidelines/" + slug, prefix, true, expand(prefix, sections));
    }

    private static List<Section> expand(String prefix, SectionSpec... specs) {
        return Arrays.stream(specs).map(spec -> spec.expand(prefix)).toList();
    }

    /** A section as the catalogue declares it: counts of texts, expanded into message keys by the page. */
    record SectionSpec(String id, boolean demoOnly, List<Part> parts) {

        SectionSpec demo() {
            return new SectionSpec(id, true, parts);
        }

        Section expand(String pagePrefix) {
            String prefix = pagePrefix + "." + id;
            var counters = new HashMap<BlockKind, Integer>();
            var blocks = new ArrayList<Block>();
            for (var part : parts) {
                var keys = new ArrayList<String>();
                int first = counters.getOrDefault(part.kind(), 0);
                for (int i = 1; i <= part.count(); i++) {
                    keys.add(prefix + "." + part.kind().keyStem() + (first + i));
                }
                counters.put(part.kind(), first + part.count());
                blocks.add(new Block(part.kind(), keys, part.literal(), part.links()));
            }
            return new Section(id, prefix + ".heading", demoOnly, blocks);
        }
    }

    record Part(BlockKind kind, int count, String literal, List<Link> links) {}

    static SectionSpec section(String id, Part... parts) {
        return new SectionSpec(id, false, List.of(parts));
    }

    static Part paragraphs(int count) {
        return new Part(BlockKind.PARAGRAPHS, count, null, List.of());
    }

    static Part steps(int count) {
        return new Part(BlockKind.STEPS, count, null, List.of());
    }

    static Part bullets(int count) {
        return new Part(BlockKind.BULLETS, count, null, List.of());
    }

    /** A command shown as typed (not translated). */
    static Part command(String text) {
        return new Part(BlockKind.COMMAND, 0, text, List.of());
    }

    static Part links(Link... links) {
        return new Part(BlockKind.LINKS, 0, null, List.of(links));
    }

    static Part permanentIecs() {
        return new Part(BlockKind.PERMANENT_IECS, 0, null, List.of());
    }

    static Part kycDocuments() {
        return new Part(BlockKind.KYC_DOCUMENTS, 0, null, List.of());
    }

    public record Section(String id, String headingKey, boolean demoOnly, List<Block> blocks) {}

    public record Block(BlockKind kind, List<String> keys, String literal, List<Link> links) {

        List<String> messageKeys() {
            return switch (kind) {
                case LINKS ->
                    links.stream()
                            .flatMap(link -> Stream.of(link.labelKey(), link.descriptionKey()))
                            .toList();
                case PERMANENT_IECS ->
                    Stream.concat(
                                    Stream.of("site.permanentIecs.code", "site.permanentIecs.category"),
                                    Arrays.stream(PermanentIec.values()).map(PermanentIec::messageKey))
                            .toList();
                case KYC_DOCUMENTS ->
                    Stream.concat(
                                    Stream.of("site.kyc.holderType", "site.kyc.documents"),
                                    KycRow.ROWS.stream().flatMap(row -> Stream.of(row.holderKey(), row.documentsKey())))
                            .toList();
                default -> keys;
            };
        }
    }

    public enum BlockKind {
        PARAGRAPHS("p"),
        STEPS("step"),
        BULLETS("item"),
        COMMAND(""),
        LINKS(""),
        PERMANENT_IECS(""),
        KYC_DOCUMENTS("");

        private final String keyStem;

        BlockKind(String keyStem) {
            this.keyStem = keyStem;
        }

        String keyStem() {
            return keyStem;
        }
    }

    /**
     * A link with its label and a line saying what is there.
     *
     * @param path a path of this portal ({@code /login}) or an address elsewhere ({@code https://...})
     */
    public record Link(String path, String labelKey, String descriptionKey) {

        public boolean external() {
            return path.startsWith("http");
        }
    }

    static Link link(String path, String key) {
        return new Link(path, key + ".label", key + ".description");
    }

    /** The KYC documents by PAN holder type (SPEC, route B step 4), as the guides show them. */
    public record KycRow(String holderKey, String documentsKey) {

        static final List<KycRow> ROWS = Stream.of("P", "C", "F", "H", "ABT", "LJG")
                .map(types -> new KycRow("site.kyc." + types + ".holder", "site.kyc." + types + ".documents"))
                .toList();
    }
}

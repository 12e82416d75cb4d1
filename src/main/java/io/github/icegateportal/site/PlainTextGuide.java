package io.github.icegateportal.site;

import io.github.icegateportal.shared.PortalProperties;
import io.github.icegateportal.shared.field.PermanentIec;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A guide as a plain-text download, from the same description and texts as its page. */
final class PlainTextGuide {

    private final MessageSource messages;
    private final SwitchedTexts switchedTexts;
    private final Locale locale;
    private final PortalProperties properties;
    private final boolean demoSections;
    private final StringBuilder text = new StringBuilder();

    /** @param demoSections whether the demo-only sections are written (only while the demo is there) */
    PlainTextGuide(
            MessageSource messages,
            SwitchedTexts switchedTexts,
            Locale locale,
            PortalProperties properties,
            boolean demoSections) {
        this.messages = messages;
        this.switchedTexts = switchedTexts;
        this.locale = locale;
        this.properties = properties;
        this.demoSections = demoSections;
    }

    String render(ContentPage guide) {
        underlined(message(guide.titleKey()), '=');
        line(message("layout.modelNotice")).line("");
        line(message(guide.introKey())).line("");
        for (var section : guide.sections()) {
            if (section.demoOnly() && !demoSections) {
                continue;
            }
            underlined(message(section.headingKey()), '-');
            for (var block : section.blocks()) {
                switch (block.kind()) {
                    case PARAGRAPHS ->
                        block.keys().forEach(key -> line(message(key)).line(""));
                    case STEPS -> {
                        for (int i = 0; i < block.keys().size(); i++) {
                            line((i + 1) + ". " + message(block.keys().get(i)));
                        }
                        line("");
                    }
                    case BULLETS -> {
                        block.keys().forEach(key -> line("- " + message(key)));
                        line("");
                    }
                    case COMMAND -> line("    " + block.literal()).line("");
                    case LINKS -> {
                        block.links().forEach(link -> line("- " + message(link.labelKey()) + ": " + address(link)));
                        line("");
                    }
                    case PERMANENT_IECS -> {
                        for (var iec : PermanentIec.values()) {
                            line(iec.code() + "  " + message(iec.messageKey()));
                        }
                        line("");
                    }
                    case KYC_DOCUMENTS -> {
                        ContentPage.KycRow.ROWS.forEach(
                                row -> line("- " + message(row.holderKey()) + ": " + message(row.documentsKey())));
                        line("");
                    }
                }
            }
        }
        line(message("site.downloads.source") + " " + properties.baseUrl() + guide.path());
        return text.toString();
    }

    private String address(ContentPage.Link link) {
        return link.external() ? link.path() : properties.baseUrl() + link.path();
    }

    private String message(String key) {
        return messages.getMessage(key, switchedTexts.argumentsFor(key), locale);
    }

    private void underlined(String heading, char underline) {
        line(heading).line(String.valueOf(underline).repeat(heading.length())).line("");
    }

    private PlainTextGuide line(String line) {
        text.append(line).append('\n');
        return this;
    }
}

package io.github.icegateportal.demo.outbox;

import io.github.icegateportal.demo.DemoOnly;
import io.github.icegateportal.notification.SentMessage;
import io.github.icegateportal.notification.SentMessages;
import io.github.icegateportal.shared.PortalProperties;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The demo outbox: every message the portal sent, newest first, so a person trying the portal can read the OTPs
 * and temporary passwords "sent" to them, for everyone or filtered to the contacts of a step. Links in a body are
 * clickable, those into the portal relative to the portal serving the page ({@link BodyPieces}).
 */
@Controller
@DemoOnly
class DemoOutboxController {

    static final int PAGE_SIZE = 20;
    static final int MAX_LIMIT = 200;
    static final int MAX_RECIPIENTS = 10;

    private final SentMessages messages;
    private final PortalProperties portal;

    DemoOutboxController(SentMessages messages, PortalProperties portal) {
        this.messages = messages;
        this.portal = portal;
    }

    /** One message as the JSON list and the page show it. */
    record OutboxMessage(String channel, String recipient, String subject, String body, String sentAt) {

        static OutboxMessage of(SentMessage message) {
            return new OutboxMessage(
                    message.channel(),
                    message.recipient(),
                    message.subject(),
                    message.body(),
                    message.sentAt().toString());
        }
    }

    /**
     * A row of the page: the message, its body cut into text and links ({@link BodyPieces}), when it was sent and where
     * its delivery stands.
     */
    record OutboxRow(
            OutboxMessage message,
            List<BodyPieces.Piece> pieces,
            Instant sentAt,
            boolean delivered,
            int failedAttempts) {}

    /**
     * The page, for everyone or for the recipients asked for: {@code recipient} may be given several times (a step's
     * email and mobile, as its "Read your OTPs" link does) or hold several separated by commas, as the field shows them.
     */
    @GetMapping("/demo/outbox")
    String showOutbox(
            @RequestParam(name = "recipient", required = false) List<String> recipient,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        var typed = typed(recipient);
        var slice = messages.find(typed, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        var base = portal.baseUrl();
        model.addAttribute(
                "rows",
                slice.map(m -> new OutboxRow(
                                OutboxMessage.of(m),
                                BodyPieces.of(m.body(), base),
                                m.sentAt(),
                                m.delivered(),
                                m.failedAttempts()))
                        .getContent());
        model.addAttribute("recipient", String.join(", ", typed));
        model.addAttribute("recipients", typed);
        model.addAttribute("page", slice.getNumber());
        model.addAttribute("hasNext", slice.hasNext());
        return "demo/outbox";
    }

    @GetMapping(path = "/demo/outbox.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<OutboxMessage> outboxJson(
            @RequestParam(name = "recipient", required = false) List<String> recipient,
            @RequestParam(name = "limit", defaultValue = "20") int limit) {
        var size = Math.min(Math.max(limit, 1), MAX_LIMIT);
        return messages.find(typed(recipient), PageRequest.of(0, size))
                .map(OutboxMessage::of)
                .getContent();
    }

    /** The recipients as typed, each stripped, blanks left out, at most {@link #MAX_RECIPIENTS}. */
    static List<String> typed(List<String> recipient) {
        if (recipient == null) {
            return List.of();
        }
        return recipient.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .limit(MAX_RECIPIENTS)
                .toList();
    }
}

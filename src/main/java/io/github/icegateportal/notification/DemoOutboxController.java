package io.github.icegateportal.notification;

import io.github.icegateportal.shared.PortalProperties;
import io.github.icegateportal.shared.field.InvalidFieldException;
import io.github.icegateportal.shared.field.MobileNumber;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo outbox: every message the portal sent, newest first, so a person trying the portal can read the OTPs
 * and temporary passwords "sent" to them, for everyone or filtered to the contacts of a step. Links in a body are
 * clickable, those into the portal relative to the portal serving the page ({@link BodyPieces}). Exists only while
 * {@code portal.demo.enabled}.
 */
@Controller
@Transactional(readOnly = true)
class DemoOutboxController {

    static final int PAGE_SIZE = 20;
    static final int MAX_LIMIT = 200;
    static final int MAX_RECIPIENTS = 10;

    private final NotificationRepository repository;
    private final PortalProperties portal;

    DemoOutboxController(NotificationRepository repository, PortalProperties portal) {
        this.repository = repository;
        this.portal = portal;
    }

    /** One message as the JSON list and the page show it. */
    record OutboxMessage(String channel, String recipient, String subject, String body, String sentAt) {

        static OutboxMessage of(Notification notification) {
            return new OutboxMessage(
                    notification.channel().name(),
                    notification.recipient(),
                    notification.subject(),
                    notification.body(),
                    notification.createdAt().toString());
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
        requireDemo();
        var typed = typed(recipient);
        var slice = find(typed, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        var base = portal.baseUrl();
        model.addAttribute(
                "rows",
                slice.map(n -> new OutboxRow(
                                OutboxMessage.of(n),
                                BodyPieces.of(n.body(), base),
                                n.createdAt(),
                                n.status() == DeliveryStatus.SENT,
                                n.attempts()))
                        .getContent());
        model.addAttribute("recipient", String.join(", ", typed));
        model.addAttribute("recipients", typed);
        model.addAttribute("page", slice.getNumber());
        model.addAttribute("hasNext", slice.hasNext());
        return "notification/outbox";
    }

    @GetMapping(path = "/demo/outbox.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<OutboxMessage> outboxJson(
            @RequestParam(name = "recipient", required = false) List<String> recipient,
            @RequestParam(name = "limit", defaultValue = "20") int limit) {
        requireDemo();
        var size = Math.min(Math.max(limit, 1), MAX_LIMIT);
        return find(typed(recipient), PageRequest.of(0, size))
                .map(OutboxMessage::of)
                .getContent();
    }

    private Slice<Notification> find(List<String> typed, PageRequest page) {
        var wanted =
                typed.stream().map(DemoOutboxController::normalise).distinct().toList();
        return switch (wanted.size()) {
            case 0 -> repository.findAllByOrderByIdDesc(page);
            case 1 -> repository.findByRecipientOrderByIdDesc(wanted.get(0), page);
            default -> repository.findByRecipientInOrderByIdDesc(wanted, page);
        };
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

    private void requireDemo() {
        if (!portal.demo().enabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** An email address lower-cased, a mobile number reduced to its 10 digits, as they are stored. */
    static String normalise(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return null;
        }
        var trimmed = recipient.strip();
        if (trimmed.contains("@")) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        try {
            return MobileNumber.of(trimmed).value();
        } catch (InvalidFieldException e) {
            return trimmed;
        }
    }
}

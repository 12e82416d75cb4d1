package io.github.icegateportal.notification;

import io.github.icegateportal.shared.PortalProperties;
import io.github.icegateportal.shared.field.InvalidFieldException;
import io.github.icegateportal.shared.field.MobileNumber;
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
 * and temporary passwords "sent" to them. Exists only while {@code portal.demo.enabled}.
 */
@Controller
@Transactional(readOnly = true)
class DemoOutboxController {

    static final int PAGE_SIZE = 20;
    static final int MAX_LIMIT = 200;

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

    /** A row of the page: the message and where its delivery stands. */
    record OutboxRow(OutboxMessage message, boolean delivered, int failedAttempts) {}

    @GetMapping("/demo/outbox")
    String showOutbox(
            @RequestParam(name = "recipient", required = false) String recipient,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        requireDemo();
        var wanted = normalise(recipient);
        var slice = find(wanted, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute(
                "rows",
                slice.map(n -> new OutboxRow(OutboxMessage.of(n), n.status() == DeliveryStatus.SENT, n.attempts()))
                        .getContent());
        model.addAttribute("recipient", recipient == null ? "" : recipient.strip());
        model.addAttribute("page", slice.getNumber());
        model.addAttribute("hasNext", slice.hasNext());
        return "notification/outbox";
    }

    @GetMapping(path = "/demo/outbox.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<OutboxMessage> outboxJson(
            @RequestParam(name = "recipient", required = false) String recipient,
            @RequestParam(name = "limit", defaultValue = "20") int limit) {
        requireDemo();
        var size = Math.min(Math.max(limit, 1), MAX_LIMIT);
        return find(normalise(recipient), PageRequest.of(0, size))
                .map(OutboxMessage::of)
                .getContent();
    }

    private Slice<Notification> find(String recipient, PageRequest page) {
        return recipient == null
                ? repository.findAllByOrderByIdDesc(page)
                : repository.findByRecipientOrderByIdDesc(recipient, page);
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

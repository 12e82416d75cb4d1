package io.github.icegateportal.notification;

import io.github.icegateportal.shared.field.InvalidFieldException;
import io.github.icegateportal.shared.field.MobileNumber;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The messages the portal recorded, newest first, for everyone or for some recipients (the demo outbox reads them). */
@Service
@Transactional(readOnly = true)
public class SentMessages {

    private final NotificationRepository repository;

    SentMessages(NotificationRepository repository) {
        this.repository = repository;
    }

    /**
     * @param recipients email addresses and mobile numbers as a person types them (any case, with {@code +91} or
     *     spaces); none for every message
     */
    public Slice<SentMessage> find(Collection<String> recipients, Pageable page) {
        var wanted = recipients.stream()
                .map(SentMessages::normalise)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        var found =
                switch (wanted.size()) {
                    case 0 -> repository.findAllByOrderByIdDesc(page);
                    case 1 -> repository.findByRecipientOrderByIdDesc(wanted.get(0), page);
                    default -> repository.findByRecipientInOrderByIdDesc(wanted, page);
                };
        return found.map(SentMessage::of);
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

package io.github.icegateportal.admin;

import io.github.icegateportal.registration.Registrations;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * An admin's decision on a DSC registration, for the queue's page and the API alike: approving, or rejecting with one
 * of the usual reasons (its words in English, as the applicant's message and the record have them) and the admin's
 * own details. The registration module lets exactly one decision count ({@code DecisionConflictException} for the
 * other) and refuses one on a registration not waiting ({@code RegistrationStateException}).
 */
@Service
class AdminDecisions {

    private final Registrations registrations;
    private final MessageSource messages;

    AdminDecisions(Registrations registrations, MessageSource messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    void approve(String reference, String admin, String remoteAddress, long version) {
        registrations.approve(reference, admin, remoteAddress, version);
    }

    /**
     * @param details the admin's words; required with {@link RejectionReason#OTHER}, which has no words of its own
     */
    void reject(
            String reference,
            String admin,
            String remoteAddress,
            RejectionReason reason,
            String details,
            long version) {
        String text = details == null ? "" : details.strip();
        String words = reason == RejectionReason.OTHER
                ? text
                : messages.getMessage(reason.messageKey(), null, Locale.ENGLISH) + (text.isEmpty() ? "" : ": " + text);
        registrations.reject(reference, admin, remoteAddress, words, version);
    }
}

package io.github.icegateportal.admin;

import io.github.icegateportal.registration.Origin;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationSubmitted;
import io.github.icegateportal.shared.field.Iec;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submitted DSC registrations for admin tests, written straight into the registration table (as the DSC flow would
 * leave them) with the event the flow would publish.
 */
final class QueueFixtures {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    QueueFixtures(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
    }

    /** A fresh IEC shaped like a company's PAN, used by no demo record. */
    static String newIec() {
        var iec = new StringBuilder("ZQ");
        for (int i = 0; i < 3; i++) {
            iec.append((char) ('A' + RANDOM.nextInt(26)));
        }
        iec.setCharAt(3, 'C');
        iec.append(String.format("%04d", RANDOM.nextInt(10_000)));
        iec.append((char) ('A' + RANDOM.nextInt(26)));
        return iec.toString();
    }

    static String newReference() {
        var reference = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                reference.append('-');
            }
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** A DSC registration of {@code iec} waiting for a decision since {@code submittedAt}; its reference number. */
    String submitted(String iec, Instant submittedAt) {
        String reference = newReference();
        transactions.executeWithoutResult(status -> {
            insert(jdbc, reference, iec, submittedAt);
            events.publishEvent(new RegistrationSubmitted(
                    reference, RegistrationRoute.DSC, new Iec(iec), new Origin("anonymous", "10.1.1.1", submittedAt)));
        });
        return reference;
    }

    static void insert(JdbcTemplate jdbc, String reference, String iec, Instant submittedAt) {
        var at = submittedAt.atOffset(ZoneOffset.UTC);
        jdbc.update(
                "INSERT INTO registration (id, version, reference_number, route, status, iec, pan, firm_name, email,"
                        + " mobile, icegate_id, password_hash, upgrade, created_at, updated_at, submitted_at)"
                        + " VALUES (?, 0, ?, 'DSC', 'SUBMITTED', ?, ?, ?, ?, ?, ?, '{noop}unused', false, ?, ?, ?)",
                UUID.randomUUID(),
                reference,
                iec,
                iec,
                "Queue Firm " + iec,
                "queue@example.com",
                "9876512345",
                null,
                at,
                at,
                at);
    }
}

package io.github.icegateportal.admin;

import io.github.icegateportal.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Admin tests that start from submitted registrations: {@link #fixtures} writes them, {@link #clock} dates them. */
abstract class WithQueueFixtures {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MutableClock clock;

    QueueFixtures fixtures;

    @BeforeEach
    void queueFixtures() {
        fixtures = new QueueFixtures(jdbc, transactions, events);
    }
}

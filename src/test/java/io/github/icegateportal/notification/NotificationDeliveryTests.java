package io.github.icegateportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.support.MutableClock;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.TestClockConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery against a real SMTP server (GreenMail) and a switchable SMS gateway, with the demo switched off as in
 * production. The one context of its own in the test suite: the others share {@code @PortalTest}'s.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            // A database of its own: the shared one has the demo data's migrations applied, which this one lacks.
            "spring.datasource.url=jdbc:h2:mem:notification-delivery;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "portal.demo.enabled=false",
            "portal.notification.async-delivery=false",
            "portal.notification.retry-interval=PT1H"
        })
@AutoConfigureMockMvc
@Import({TestClockConfiguration.class, NotificationDeliveryTests.SwitchableSms.class})
class NotificationDeliveryTests {

    static final int SMTP_PORT = freePort();
    static final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationRetryJob retryJob;

    @Autowired
    NotificationRepository repository;

    @Autowired
    SwitchableSmsGateway smsGateway;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MeterRegistry meters;

    @Test
    void emailIsDeliveredToTheSmtpServerAfterCommitAndItsBodyErasedWithoutTheDemo() throws Exception {
        var email = Outbox.uniqueEmail();

        notifications.email(email, "ICEGATE OTP – सत्यापन", "Your email OTP is 123456.");

        var received = receivedBy(email);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("ICEGATE OTP – सत्यापन");
        assertThat(GreenMailUtil.getBody(received.get(0))).contains("Your email OTP is 123456.");
        assertThat(received.get(0).getFrom()[0].toString()).contains("no-reply@icegate-portal.example");
        var stored = newestTo(email.value());
        assertThat(stored.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(stored.body()).isNull();
        assertThat(stored.subject()).isEqualTo("ICEGATE OTP – सत्यापन");
    }

    @Test
    void emailStaysPendingWhileTheSmtpServerIsDownAndTheRetryJobDeliversItLater() throws Exception {
        var email = Outbox.uniqueEmail();
        smtp.stop();
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                notifications.email(email, "Activation", "Open the activation link.");
                jdbc.update(
                        "insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, ?)",
                        "business-" + email.value().substring(7, 15),
                        java.sql.Timestamp.from(clock.instant()),
                        java.sql.Timestamp.from(clock.instant()),
                        "test");
            });
        } finally {
            smtp.start();
        }

        var pending = newestTo(email.value());
        assertThat(pending.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.lastError()).isNotBlank();
        assertThat(pending.body()).isEqualTo("Open the activation link.");
        assertThat(pending.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from shedlock where name = ?",
                        Long.class,
                        "business-" + email.value().substring(7, 15)))
                .as("the caller's own change committed although delivery failed")
                .isEqualTo(1);

        retryJob.retryDueMessages();
        assertThat(receivedBy(email)).as("not due yet").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        retryJob.retryDueMessages();

        assertThat(receivedBy(email)).hasSize(1);
        assertThat(newestTo(email.value()).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aFirstAttemptThatStartsLateIsNotSentAgainByTheRetryJobMeanwhile() {
        var mobile = Outbox.uniqueMobile();
        smsGateway.whileSending = retryJob::retryDueMessages;
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                notifications.sms(mobile, "Your mobile OTP is 246810.");
                // the first attempt starts after the lease (a long delivery queue); the retry job runs during it
                clock.advance(Duration.ofMinutes(6));
            });
        } finally {
            smsGateway.whileSending = null;
        }

        assertThat(smsGateway.sent)
                .filteredOn(sms -> sms.startsWith(mobile.value()))
                .hasSize(1);
        assertThat(newestTo(mobile.value()).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void smsIsRetriedWithADoublingWaitUntilTheGatewayTakesIt() {
        var mobile = Outbox.uniqueMobile();
        double failedBefore = failedSmsAttempts();
        smsGateway.failing = true;
        try {
            notifications.sms(mobile, "Your mobile OTP is 654321.");
            assertThat(newestTo(mobile.value()).attempts()).isEqualTo(1);
            assertThat(meters.get("portal.notifications.pending").gauge().value())
                    .isGreaterThanOrEqualTo(1);
            assertThat(failedSmsAttempts()).isEqualTo(failedBefore + 1);

            clock.advance(Duration.ofMinutes(1));
            retryJob.retryDueMessages();
            var second = newestTo(mobile.value());
            assertThat(second.attempts()).isEqualTo(2);
            assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

            clock.advance(Duration.ofMinutes(1));
            retryJob.retryDueMessages();
            assertThat(newestTo(mobile.value()).attempts()).as("not due yet").isEqualTo(2);

            smsGateway.failing = false;
            clock.advance(Duration.ofMinutes(1));
            retryJob.retryDueMessages();
        } finally {
            smsGateway.failing = false;
        }

        assertThat(newestTo(mobile.value()).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(smsGateway.sent).contains(mobile.value() + ": Your mobile OTP is 654321.");
    }

    @Test
    void oneRunOfTheRetryJobDeliversMoreThanOneBatch() {
        var mobile = Outbox.uniqueMobile();
        int messages = 250;
        smsGateway.failing = true;
        try {
            for (int i = 0; i < messages; i++) {
                notifications.sms(mobile, "bulk message " + i);
            }
        } finally {
            smsGateway.failing = false;
        }

        clock.advance(Duration.ofMinutes(1));
        retryJob.retryDueMessages();

        assertThat(smsGateway.sent.stream().filter(sent -> sent.startsWith(mobile.value())))
                .hasSize(messages);
    }

    @Test
    void waitBetweenAttemptsDoublesUpToTheMaximum() {
        var first = Duration.ofMinutes(1);
        var max = Duration.ofHours(1);

        assertThat(Notification.backoff(1, first, max)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Notification.backoff(3, first, max)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Notification.backoff(7, first, max)).isEqualTo(Duration.ofHours(1));
        assertThat(Notification.backoff(500, first, max)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void retryJobTakesTheClusterWideLockOnItsSchedule() {
        retryJob.onSchedule();

        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'notification-retry'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void withoutTheDemoTheOutboxDoesNotExist() {
        assertThat(mvc.get().uri("/demo/outbox.json")).hasStatus(404);
        assertThat(mvc.get().uri("/demo/outbox")).hasStatus(404);
        assertThat(mvc.get().uri("/")).bodyText().doesNotContain("/demo/outbox");
    }

    private double failedSmsAttempts() {
        var counter = meters.find("portal.notifications.attempts")
                .tags("channel", "SMS", "outcome", "failed")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private Notification newestTo(String recipient) {
        return repository
                .findByRecipientOrderByIdDesc(recipient, PageRequest.of(0, 1))
                .getContent()
                .get(0);
    }

    private static List<Message> receivedBy(EmailAddress email) throws Exception {
        var to = new CopyOnWriteArrayList<Message>();
        for (var message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(email.value()))) {
                to.add(message);
            }
        }
        return to;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SMS gateway that fails while {@code failing} is set, and remembers what it delivered. */
    static class SwitchableSmsGateway implements SmsGateway {

        volatile boolean failing;
        final List<String> sent = new CopyOnWriteArrayList<>();

        /** Runs once, inside the next send: what happens elsewhere while that attempt is under way. */
        volatile Runnable whileSending;

        @Override
        public void send(MobileNumber to, String text) {
            Runnable meanwhile = whileSending;
            whileSending = null;
            if (meanwhile != null) {
                meanwhile.run();
            }
            if (failing) {
                throw new IllegalStateException("SMS gateway unavailable");
            }
            sent.add(to.value() + ": " + text);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SwitchableSms {

        @Bean
        @Primary
        SwitchableSmsGateway switchableSmsGateway() {
            return new SwitchableSmsGateway();
        }
    }
}

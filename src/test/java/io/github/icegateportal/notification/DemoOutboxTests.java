package io.github.icegateportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icegateportal.shared.field.EmailAddress;
import io.github.icegateportal.shared.field.MobileNumber;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@PortalTest
class DemoOutboxTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void outboxJsonListsEveryMessageNewestFirstInTheAgreedShape() {
        var email = uniqueEmail();
        notifications.email(email, "Your OTP", "Your email OTP is 482913.");
        notifications.email(email, "Welcome", "Your ICEGATE ID is READY_01.");

        var json = mvc.get()
                .uri("/demo/outbox.json")
                .param("recipient", email.value())
                .exchange();

        assertThat(json).hasStatusOk().hasContentTypeCompatibleWith("application/json");
        List<Map<String, Object>> messages =
                JsonMapper.builder().build().readValue(Visitor.body(json), new TypeReference<>() {});
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0))
                .containsOnlyKeys("channel", "recipient", "subject", "body", "sentAt")
                .containsEntry("channel", "EMAIL")
                .containsEntry("recipient", email.value())
                .containsEntry("subject", "Welcome")
                .containsEntry("body", "Your ICEGATE ID is READY_01.");
        assertThat(messages.get(1)).containsEntry("subject", "Your OTP");
        assertThat(Instant.parse((String) messages.get(0).get("sentAt"))).isNotNull();
    }

    @Test
    void smsHasNoSubjectAndItsChannelIsSms() {
        var mobile = uniqueMobile();
        notifications.sms(mobile, "Your mobile OTP is 731094.");

        var message = new Outbox(mvc).latest(mobile);

        assertThat(message.channel()).isEqualTo("SMS");
        assertThat(message.recipient()).isEqualTo(mobile.value());
        assertThat(message.subject()).isNull();
        assertThat(message.body()).isEqualTo("Your mobile OTP is 731094.");
    }

    @Test
    void recipientFilterMatchesTheNormalisedEmailOrMobile() {
        var mobile = uniqueMobile();
        var email = uniqueEmail();
        notifications.sms(mobile, "for the mobile");
        notifications.email(email, "Subject", "for the email");
        var outbox = new Outbox(mvc);

        assertThat(outbox.to("+91 " + mobile.value().substring(0, 5) + " "
                        + mobile.value().substring(5)))
                .extracting(Outbox.Message::body)
                .containsExactly("for the mobile");
        assertThat(outbox.to("0" + mobile.value()))
                .extracting(Outbox.Message::body)
                .containsExactly("for the mobile");
        assertThat(outbox.to("  " + email.value().toUpperCase() + " "))
                .extracting(Outbox.Message::body)
                .containsExactly("for the email");
    }

    @Test
    void limitCapsTheNumberOfMessages() {
        var mobile = uniqueMobile();
        for (int i = 1; i <= 3; i++) {
            notifications.sms(mobile, "message " + i);
        }

        var json = mvc.get()
                .uri("/demo/outbox.json")
                .param("recipient", mobile.value())
                .param("limit", "2")
                .exchange();

        assertThat(json).bodyJson().extractingPath("$[*].body").asArray().containsExactly("message 3", "message 2");
    }

    @Test
    void messageIsInTheOutboxAsSoonAsTheCallersTransactionCommits() {
        var mobile = uniqueMobile();
        var outbox = new Outbox(mvc);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifications.sms(mobile, "Your mobile OTP is 550123.");
            jdbc.queryForObject("select count(*) from notification", Long.class);
        });

        assertThat(outbox.otp(mobile)).isEqualTo("550123");
    }

    @Test
    void messageIsGoneWhenTheCallersTransactionRollsBack() {
        var mobile = uniqueMobile();

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    notifications.sms(mobile, "Your mobile OTP is 550124.");
                    throw new IllegalStateException("the registration step failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(new Outbox(mvc).to(mobile)).isEmpty();
    }

    @Test
    void supportOutboxReadsTheOtpOfTheNewestMessage() {
        var email = uniqueEmail();
        notifications.email(email, "OTP", "Your email OTP is 111111. It is valid for 2 hours.");
        notifications.email(email, "OTP", "Your email OTP is 222222. It is valid for 2 hours.");

        assertThat(new Outbox(mvc).otp(email)).isEqualTo("222222");
    }

    @Test
    void outboxPageShowsTheMessagesInTheLayoutWithoutASession() {
        var email = uniqueEmail();
        notifications.email(email, "Temporary password", "Your temporary password is Xy7#abcdefgh.");

        var page =
                mvc.get().uri("/demo/outbox").param("recipient", email.value()).exchange();

        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("Demo outbox", "Temporary password", "Your temporary password is Xy7#abcdefgh.")
                .contains(email.value())
                .contains("This is a model of the ICEGATE registration process");
        assertThat(page.getRequest().getSession(false)).isNull();
    }

    @Test
    void outboxPageHasAFooterLinkAndPagesOlderMessages() {
        var mobile = uniqueMobile();
        for (int i = 1; i <= DemoOutboxController.PAGE_SIZE + 1; i++) {
            notifications.sms(mobile, "numbered message " + i);
        }

        var first =
                mvc.get().uri("/demo/outbox").param("recipient", mobile.value()).exchange();
        var second = mvc.get()
                .uri("/demo/outbox")
                .param("recipient", mobile.value())
                .param("page", "1")
                .exchange();

        assertThat(first).bodyText().contains("href=\"/demo/outbox\"", "Older messages", "numbered message 21");
        assertThat(first).bodyText().doesNotContain("numbered message 1<");
        assertThat(second).bodyText().contains("numbered message 1<", "Newer messages");
    }

    static EmailAddress uniqueEmail() {
        return EmailAddress.of(
                "outbox-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "@example.com");
    }

    static MobileNumber uniqueMobile() {
        return MobileNumber.of(
                "6" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)));
    }
}

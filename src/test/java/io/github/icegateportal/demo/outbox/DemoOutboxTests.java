package io.github.icegateportal.demo.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icegateportal.notification.Notifications;
import io.github.icegateportal.support.Outbox;
import io.github.icegateportal.support.PortalTest;
import io.github.icegateportal.support.Visitor;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        var email = Outbox.uniqueEmail();
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
        var mobile = Outbox.uniqueMobile();
        notifications.sms(mobile, "Your mobile OTP is 731094.");

        var message = new Outbox(mvc).latest(mobile);

        assertThat(message.channel()).isEqualTo("SMS");
        assertThat(message.recipient()).isEqualTo(mobile.value());
        assertThat(message.subject()).isNull();
        assertThat(message.body()).isEqualTo("Your mobile OTP is 731094.");
    }

    @Test
    void recipientFilterMatchesTheNormalisedEmailOrMobile() {
        var mobile = Outbox.uniqueMobile();
        var email = Outbox.uniqueEmail();
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
        var mobile = Outbox.uniqueMobile();
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
        var mobile = Outbox.uniqueMobile();
        var outbox = new Outbox(mvc);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifications.sms(mobile, "Your mobile OTP is 550123.");
            jdbc.queryForObject("select count(*) from notification", Long.class);
        });

        assertThat(outbox.otp(mobile)).isEqualTo("550123");
    }

    @Test
    void messageIsGoneWhenTheCallersTransactionRollsBack() {
        var mobile = Outbox.uniqueMobile();

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    notifications.sms(mobile, "Your mobile OTP is 550124.");
                    throw new IllegalStateException("the registration step failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(new Outbox(mvc).to(mobile)).isEmpty();
    }

    @Test
    void supportOutboxReadsTheOtpOfTheNewestMessage() {
        var email = Outbox.uniqueEmail();
        notifications.email(email, "OTP", "Your email OTP is 111111. It is valid for 2 hours.");
        notifications.email(email, "OTP", "Your email OTP is 222222. It is valid for 2 hours.");

        assertThat(new Outbox(mvc).otp(email)).isEqualTo("222222");
    }

    @Test
    void outboxPageShowsTheMessagesInTheLayoutWithoutASession() {
        var email = Outbox.uniqueEmail();
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
        var mobile = Outbox.uniqueMobile();
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

    @Test
    void pageFilteredToSeveralRecipientsShowsOnlyTheirMessagesNewestFirstAndKeepsTheFilter() {
        var email = Outbox.uniqueEmail();
        var mobile = Outbox.uniqueMobile();
        var someoneElse = Outbox.uniqueMobile();
        notifications.email(email, "OTP", "first for the email");
        notifications.sms(someoneElse, "for someone else");
        notifications.sms(mobile, "second for the mobile");
        for (int i = 1; i <= DemoOutboxController.PAGE_SIZE; i++) {
            notifications.sms(mobile, "filler " + i);
        }

        var page = mvc.get()
                .uri("/demo/outbox")
                .param("recipient", email.value(), mobile.value())
                .exchange();
        var older = mvc.get()
                .uri("/demo/outbox")
                .param("recipient", email.value() + ", " + mobile.value())
                .param("page", "1")
                .exchange();

        assertThat(page).hasStatusOk();
        var html = Visitor.body(page);
        assertThat(html).contains("filler 20<").doesNotContain("for someone else", "first for the email");
        assertThat(html.indexOf("filler 20<")).isLessThan(html.indexOf("filler 19<"));
        assertThat(html)
                .contains("value=\"" + email.value() + ", " + mobile.value() + "\"")
                .contains(
                        "/demo/outbox?recipient=" + email.value() + "&amp;recipient=" + mobile.value() + "&amp;page=1");
        assertThat(Visitor.body(older))
                .contains("second for the mobile<", "first for the email<")
                .doesNotContain("for someone else");
        var olderHtml = Visitor.body(older);
        assertThat(olderHtml.indexOf("second for the mobile")).isLessThan(olderHtml.indexOf("first for the email"));
    }

    @Test
    void jsonTakesSeveralRecipientsInTheSameShape() {
        var email = Outbox.uniqueEmail();
        var mobile = Outbox.uniqueMobile();
        notifications.email(email, "OTP", "to the email");
        notifications.sms(mobile, "to the mobile");
        notifications.sms(Outbox.uniqueMobile(), "to someone else");

        var json = mvc.get()
                .uri("/demo/outbox.json")
                .param("recipient", email.value(), mobile.value())
                .exchange();

        assertThat(json)
                .bodyJson()
                .extractingPath("$[*].body")
                .asArray()
                .containsExactly("to the mobile", "to the email");
        assertThat(json).bodyJson().extractingPath("$[0].sentAt").asString().matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void sentTimeIsReadableIndianTimeWithTheIsoMomentKeptForMachines() {
        var mobile = Outbox.uniqueMobile();
        notifications.sms(mobile, "a timed message");
        var sentAt = Instant.parse(new Outbox(mvc).latest(mobile).sentAt());

        var page =
                mvc.get().uri("/demo/outbox").param("recipient", mobile.value()).exchange();

        var indian = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'IST'", Locale.ENGLISH)
                .format(sentAt.atZone(ZoneId.of("Asia/Kolkata")));
        assertThat(page)
                .bodyText()
                .contains("datetime=\"" + sentAt + "\">" + indian + "</time>")
                .contains("Sent at");
    }

    @Test
    void portalLinksInABodyAreClickableAndRelativeOthersClickableAsTheyAre() {
        var email = Outbox.uniqueEmail();
        notifications.email(
                email,
                "Activate your account",
                "Open http://localhost:8080/registration/activate?token=abc123. Or read https://www.icegate.gov.in/help.");

        var page =
                mvc.get().uri("/demo/outbox").param("recipient", email.value()).exchange();

        assertThat(page)
                .bodyText()
                .contains("Open <a href=\"/registration/activate?token=abc123\">"
                        + "http://localhost:8080/registration/activate?token=abc123</a>. Or read ")
                .contains("<a href=\"https://www.icegate.gov.in/help\" rel=\"noopener noreferrer nofollow\">"
                        + "https://www.icegate.gov.in/help</a>.");
        assertThat(new Outbox(mvc).latest(email).body()).contains("http://localhost:8080/registration/activate");
    }

    @Test
    void markupInABodyStaysTextAndCannotLeaveALink() {
        var email = Outbox.uniqueEmail();
        var hostile = "<script>alert(1)</script> <b>bold</b> http://localhost:8080/x?a=\"><img src=x onerror=alert(2)>"
                + " javascript:alert(3) https://evil.example/'onmouseover='alert(4)";
        notifications.email(email, "<i>subject</i>", hostile);

        var page =
                mvc.get().uri("/demo/outbox").param("recipient", email.value()).exchange();

        assertThat(page)
                .bodyText()
                .doesNotContain("<script>alert", "<b>bold", "<img", "<i>subject", "onmouseover='", "href=\"javascript")
                .contains(
                        "&lt;script&gt;alert(1)&lt;/script&gt;",
                        "&lt;b&gt;bold&lt;/b&gt;",
                        "&lt;i&gt;subject&lt;/i&gt;")
                .contains(
                        "<a href=\"/x?a=\">http://localhost:8080/x?a=</a>&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
                .contains(
                        "<a href=\"https://evil.example/\" rel=\"noopener noreferrer nofollow\">https://evil.example/</a>");
    }
}

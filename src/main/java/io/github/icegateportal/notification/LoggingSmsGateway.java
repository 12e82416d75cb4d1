package io.github.icegateportal.notification;

import io.github.icegateportal.shared.field.MobileNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default gateway: no SMS leaves the portal. The text is not logged, since it can hold an OTP. */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    LoggingSmsGateway() {
        log.info("No SMS gateway is configured: SMS messages are recorded (and shown in the demo outbox), not sent");
    }

    @Override
    public void send(MobileNumber to, String text) {
        log.debug("SMS to {} not sent: no SMS gateway is configured (the demo outbox shows it)", to.masked());
    }
}

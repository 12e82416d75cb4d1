package io.github.icegateportal.notification;

import io.github.icegateportal.shared.field.MobileNumber;

/**
 * Where SMS messages go. The default only logs that a message would be sent (the demo outbox shows it); a real
 * operator's HTTP adapter is a bean of this type marked {@code @Primary}. Throwing means "not delivered": the
 * message stays pending and is retried.
 */
public interface SmsGateway {

    void send(MobileNumber to, String text);
}

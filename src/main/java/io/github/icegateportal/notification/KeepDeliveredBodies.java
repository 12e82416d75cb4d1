package io.github.icegateportal.notification;

/**
 * Declared as a bean by a module that shows delivered messages to a person (the demo outbox): while one exists, a
 * delivered message keeps its body. Without it the body is erased at delivery, since it can hold an OTP or a
 * temporary password.
 */
public final class KeepDeliveredBodies {}

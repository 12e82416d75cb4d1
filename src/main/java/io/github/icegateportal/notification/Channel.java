package io.github.icegateportal.notification;

enum Channel {
    EMAIL,
    SMS
}

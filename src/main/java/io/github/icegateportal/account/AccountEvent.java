package io.github.icegateportal.account;

import io.github.icegateportal.shared.event.AuditableEvent;

/** Every event of the account module: each is recorded in the audit log. */
public sealed interface AccountEvent extends AuditableEvent
        permits AccountOpened,
                AccountActivated,
                FilingGranted,
                LoggedIn,
                LoginFailed,
                PasswordChanged,
                ContactChanged,
                LoginOtpPreferenceChanged,
                OfficeChanged {

    /** The ICEGATE ID the event is about (as registered), or what was typed for a failed login. */
    String icegateId();

    @Override
    default String subject() {
        return "account " + icegateId();
    }
}

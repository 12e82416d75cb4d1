package io.github.icegateportal.account;

import java.time.Instant;

/** The holder switched the OTP step at login on or off. */
public record LoginOtpPreferenceChanged(String icegateId, boolean loginOtp, Instant occurredAt, String remoteAddress)
        implements AccountEvent {

    @Override
    public String actor() {
        return icegateId;
    }

    @Override
    public String action() {
        return "LOGIN_OTP_PREFERENCE_CHANGED";
    }

    @Override
    public String details() {
        return loginOtp ? "OTP at login switched on" : "OTP at login switched off";
    }
}

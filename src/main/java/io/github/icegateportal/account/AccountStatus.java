package io.github.icegateportal.account;

/**
 * Whether the account may log in: {@code PENDING_ACTIVATION} until the DSC registration's activation link is used,
 * {@code LOCKED} until the holder resets the password, {@code DISABLED} by an admin.
 */
public enum AccountStatus {
    ACTIVE,
    PENDING_ACTIVATION,
    LOCKED,
    DISABLED
}

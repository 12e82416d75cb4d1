package io.github.icegateportal.account;

/**
 * What an account is for; each kind has its own role and its own home page, behind the one {@code /login}.
 *
 * <p>Only a {@link #HOLDER} holds an IEC, one account per IEC (a database rule), so a login by IEC finds the holder and
 * no one else. The categories issue adds {@code CHILD} (an authorised person acting for a holder's IEC) and
 * {@code BROKER} (a customs broker); the table already admits them.
 */
public enum AccountKind {
    /** An IEC holder, registered by the simplified route or with a Class III DSC; home {@code /dashboard}. */
    HOLDER("/dashboard"),
    /** An issuing office (seeds/003: a Council for Leather Exports regional office); home {@code /office}. */
    OFFICE("/office");

    private final String home;

    AccountKind(String home) {
        this.home = home;
    }

    /** The page a person of this kind lands on after login. */
    public String home() {
        return home;
    }
}

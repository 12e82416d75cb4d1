package io.github.icegateportal.registration.simplified;

/** The messages of Route A exactly as SPEC.md quotes them: the pages must show these words, unchanged. */
final class Spec {

    static final String NO_MATCH = "The details provided do not match with ICEGATE records.";
    static final String ID_TAKEN = "This ICEGATE ID already exists in system. Please try with another ICEGATE ID.";
    static final String OTP_SENT = "Your OTP sent successfully on your registered mobile number and email id.";
    static final String MOBILE_OTP_WRONG = "Entered mobile OTP is not correct. Please try again with correct OTP.";
    static final String EMAIL_OTP_WRONG = "Entered email OTP is not correct. Please try again with correct OTP.";
    static final String OTP_VERIFIED = "OTP verified successfully.";
    static final String CHANGE_CONTACTS = "If you want to change your email id and mobile number, Please Click here";
    static final String CONFIRM_FINISH = "Are you sure you want to finish the auto IEC Registration Process.";
    static final String SUCCESS = "OTP verified successfully. Your ICEGATE ID and password generated successfully. "
            + "Please login with your credentials. Your ICEGATE ID is ";
    static final String ALTERNATE_OTP_SENT = "OTP sent successfully on your alternate mobile number and email id.";
    static final String RESUME_LINK = "If you have already Mobile and Email OTP's, Please Click here.";
    static final String BREADCRUMB = "Auto IEC Registration Without DSC";

    private Spec() {}
}

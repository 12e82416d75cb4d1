package io.github.icegateportal.account;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** What the login form carries besides the user name and password: the captcha and where the request came from. */
record LoginDetails(String remoteAddress, String captchaId, String captcha, boolean captchaWaived)
        implements Serializable {

    LoginDetails(String remoteAddress, String captchaId, String captcha) {
        this(remoteAddress, captchaId, captcha, false);
    }

    /** An API client's login with an API key of scope registration: no captcha, every other check. */
    static LoginDetails withApiKey(String remoteAddress) {
        return new LoginDetails(remoteAddress, null, null, true);
    }

    static LoginDetails from(HttpServletRequest request) {
        return new LoginDetails(
                request.getRemoteAddr(), request.getParameter("captchaId"), request.getParameter("captcha"));
    }

    @Override
    public String toString() {
        return "LoginDetails[" + remoteAddress + "]";
    }
}

package io.github.icegateportal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends an account's sessions (Spring Session JDBC, indexed by the principal name) after its password changes. */
@Component
class OtherSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    OtherSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /**
     * Ends every session of the account except the one {@code request} belongs to (if any).
     *
     * @return how many sessions were ended
     */
    int endAllBut(String icegateIdKey, HttpServletRequest request) {
        HttpSession current = request == null ? null : request.getSession(false);
        String keep = current == null ? null : current.getId();
        int ended = 0;
        for (String id : sessions.findByPrincipalName(icegateIdKey).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}

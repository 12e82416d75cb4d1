package io.github.icegateportal.admin;

import io.github.icegateportal.shared.security.PortalRoles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an admin's other sessions (Spring Session JDBC, indexed by the principal name) once their password changes,
 * so a session opened with the old password (the first admin's logged one, a handed-over one-time password) does
 * not outlive it. Admin sessions are indexed under {@code admin:<name>} (shared.security), and only sessions signed in
 * as an admin are ended, so no exporter's session is ever touched.
 */
@Component
class AdminSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AdminSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /**
     * Ends every admin session of {@code username} except the one {@code request} belongs to.
     *
     * @return how many sessions were ended
     */
    int endAllBut(String username, HttpServletRequest request) {
        HttpSession current = request.getSession(false);
        String keep = current == null ? null : current.getId();
        int ended = 0;
        for (var session : sessions.findByPrincipalName(PortalRoles.ADMIN_SESSION_PREFIX + username)
                .entrySet()) {
            if (!session.getKey().equals(keep) && signedInAsAdmin(session.getValue())) {
                sessions.deleteById(session.getKey());
                ended++;
            }
        }
        return ended;
    }

    private static boolean signedInAsAdmin(Session session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security
                && PortalRoles.holds(security.getAuthentication(), PortalRoles.ADMIN);
    }
}

package io.github.icegateportal.shared.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.PrincipalNameIndexResolver;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The name a session is indexed under in Spring Session (its principal name), so that admins and exporters never
 * share one: an exporter's session stays under the upper-cased ICEGATE ID (what the account module looks up to end
 * an account's other sessions), an admin's goes under {@code admin:} and the user name. An ICEGATE ID cannot hold a
 * colon, so no admin name, whatever it is, can fall into an exporter's name space, nor the other way round.
 *
 * <p>The name follows the session's authentication at every save, so a session that changes from one kind to the
 * other (signing in as the other kind in the same browser) moves to the other name space with it.
 */
@Configuration(proxyBeanMethods = false)
class SessionPrincipalNames {

    /** The prefix of an admin session's principal name. */
    static final String ADMIN_PREFIX = PortalRoles.ADMIN_SESSION_PREFIX;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> adminAndExporterPrincipalNames() {
        return repository -> repository.setIndexResolver(new Resolver());
    }

    static final class Resolver implements IndexResolver<Session> {

        private final PrincipalNameIndexResolver<Session> exporters = new PrincipalNameIndexResolver<>();

        @Override
        public Map<String, String> resolveIndexesFor(Session session) {
            SecurityContext context =
                    session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context != null && PortalRoles.holds(context.getAuthentication(), PortalRoles.ADMIN)) {
                return Map.of(
                        FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                        ADMIN_PREFIX + context.getAuthentication().getName());
            }
            return exporters.resolveIndexesFor(session);
        }
    }
}

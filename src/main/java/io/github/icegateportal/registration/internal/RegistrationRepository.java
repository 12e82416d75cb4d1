package io.github.icegateportal.registration.internal;

import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The registrations of both routes; used only inside the registration module. */
public interface RegistrationRepository extends JpaRepository<Registration, UUID> {

    Optional<Registration> findByReferenceNumber(String referenceNumber);

    /** Registrations of an IEC in one of {@code statuses}, newest first (index registration_iec_status). */
    @Query("select r from Registration r where r.iec = :iec and r.route = :route and r.status in :statuses"
            + " order by r.createdAt desc")
    List<Registration> findOpen(
            @Param("iec") String iec,
            @Param("route") RegistrationRoute route,
            @Param("statuses") Collection<RegistrationStatus> statuses);

    /** Flows of {@code route} that ran out before {@code now}, oldest first (index registration_expires_at). */
    @Query("select r from Registration r where r.expiresAt <= :now and r.route = :route order by r.expiresAt")
    List<Registration> findRunOut(@Param("now") Instant now, @Param("route") RegistrationRoute route, Pageable page);
}

package io.github.icegateportal.registration.iec;

import io.github.icegateportal.registration.Registration;
import io.github.icegateportal.registration.RegistrationRoute;
import io.github.icegateportal.registration.RegistrationStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Registrations as the IEC-based route reads them. */
interface IecRegistrationRepository extends JpaRepository<Registration, UUID>, JpaSpecificationExecutor<Registration> {

    @Query(
            "select r from Registration r where r.id = :id and r.route = io.github.icegateportal.registration.RegistrationRoute.DSC")
    Optional<Registration> findDsc(UUID id);

    /** The same, locked: two steps of one registration at once run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select r from Registration r where r.id = :id and r.route = io.github.icegateportal.registration.RegistrationRoute.DSC")
    Optional<Registration> lockDsc(UUID id);

    /**
     * The registration whose wizard has {@code key} in its URLs now ({@code Registration.flowKey}; V130 gave every
     * earlier one its id as its key).
     */
    @Query("select r from Registration r where r.flowKey = :key"
            + " and r.route = io.github.icegateportal.registration.RegistrationRoute.DSC")
    Optional<Registration> findDscByFlowKey(UUID key);

    /** The same, locked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Registration r where r.flowKey = :key"
            + " and r.route = io.github.icegateportal.registration.RegistrationRoute.DSC")
    Optional<Registration> lockDscByFlowKey(UUID key);

    @Query("select r from Registration r where r.referenceNumber = :referenceNumber")
    Optional<Registration> findByReference(String referenceNumber);

    @Query("select r from Registration r where r.iec = :iec and r.route = :route and r.status in :statuses")
    List<Registration> findByIec(String iec, RegistrationRoute route, Collection<RegistrationStatus> statuses);

    /** Drafts whose time ran out before {@code now}, oldest first (index registration_expires_at). */
    @Query(
            "select r from Registration r where r.expiresAt <= :now and r.route = io.github.icegateportal.registration.RegistrationRoute.DSC order by r.expiresAt")
    List<Registration> findRunOut(Instant now, Pageable page);
}

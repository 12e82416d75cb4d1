package io.github.icegateportal.registration.iec;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ActivationLinkRepository extends JpaRepository<ActivationLink, Long> {

    /** Reads the link (the activation page before it is used); takes no lock, so it works read-only. */
    Optional<ActivationLink> findByTokenHash(String tokenHash);

    /** Locks the row so that of two clicks on the same link exactly one activates. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from ActivationLink l where l.tokenHash = :tokenHash")
    Optional<ActivationLink> lockByTokenHash(String tokenHash);

    List<ActivationLink> findByRegistrationId(UUID registrationId);
}

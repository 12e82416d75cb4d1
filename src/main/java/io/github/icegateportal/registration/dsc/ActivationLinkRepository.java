package io.github.icegateportal.registration.dsc;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface ActivationLinkRepository extends JpaRepository<ActivationLink, Long> {

    /** Locks the row so that of two clicks on the same link exactly one activates. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ActivationLink> findByTokenHash(String tokenHash);

    List<ActivationLink> findByRegistrationId(UUID registrationId);
}

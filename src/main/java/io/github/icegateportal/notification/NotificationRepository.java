package io.github.icegateportal.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n.id from Notification n where n.status = :status and n.nextAttemptAt <= :now"
            + " order by n.nextAttemptAt")
    List<Long> findDue(DeliveryStatus status, Instant now, Limit limit);

    /** Newest first; the id is the order of recording (the clock may be moved in tests, the sequence is not). */
    Slice<Notification> findByRecipientOrderByIdDesc(String recipient, Pageable pageable);

    Slice<Notification> findByRecipientInOrderByIdDesc(Collection<String> recipients, Pageable pageable);

    Slice<Notification> findAllByOrderByIdDesc(Pageable pageable);

    long countByStatus(DeliveryStatus status);
}

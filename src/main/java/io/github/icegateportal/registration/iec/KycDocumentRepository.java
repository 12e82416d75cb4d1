package io.github.icegateportal.registration.iec;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface KycDocumentRepository extends JpaRepository<KycDocument, Long> {

    /** The documents' metadata, without loading their bytes. */
    @Query("""
            select new io.github.icegateportal.registration.iec.KycDocumentInfo(
                d.id, d.type, d.fileName, d.mediaType, d.size, d.sha256, d.uploadedAt)
            from KycDocument d where d.registrationId = :registrationId order by d.id""")
    List<KycDocumentInfo> findInfoByRegistrationId(UUID registrationId);

    Optional<KycDocument> findByIdAndRegistrationId(Long id, UUID registrationId);

    @Modifying(flushAutomatically = true)
    @Query("delete from KycDocument d where d.registrationId = :registrationId and d.type = :type")
    int deleteByRegistrationIdAndType(UUID registrationId, KycDocumentType type);
}

package vn.tdkt.decision.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NumberingRepository extends JpaRepository<Numbering, Long> {

    Optional<Numbering> findByIssuerUnitIdAndKind(Long issuerUnitId, DocumentKind kind);

    List<Numbering> findByIssuerUnitIdOrderByKind(Long issuerUnitId);

    List<Numbering> findAllByOrderByIssuerUnitIdAscKindAsc();

    /** SELECT … FOR UPDATE: the issuer of this kind of document waits for the one before. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Numbering n where n.issuerUnitId = :issuer and n.kind = :kind")
    Optional<Numbering> lockByIssuerUnitIdAndKind(@Param("issuer") Long issuerUnitId,
            @Param("kind") DocumentKind kind);
}

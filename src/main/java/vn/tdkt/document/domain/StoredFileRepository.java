package vn.tdkt.document.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StoredFileRepository extends JpaRepository<StoredFile, Long> {

    @Query("select f.id from StoredFile f where f.createdAt < :before")
    List<Long> idsCreatedBefore(@Param("before") Instant before);
}

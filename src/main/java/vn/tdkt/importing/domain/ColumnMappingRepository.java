package vn.tdkt.importing.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ColumnMappingRepository extends JpaRepository<ColumnMapping, Long> {

    Optional<ColumnMapping> findByUsernameAndShapeHash(String username, String shapeHash);
}

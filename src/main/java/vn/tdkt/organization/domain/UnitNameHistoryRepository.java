package vn.tdkt.organization.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitNameHistoryRepository extends JpaRepository<UnitNameHistory, Long> {

    List<UnitNameHistory> findByUnitIdOrderByValidUntilDesc(Long unitId);
}

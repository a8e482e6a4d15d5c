package vn.tdkt.organization.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EmulationBlocRepository extends JpaRepository<EmulationBloc, Long> {

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByCode(String code);

    @Query("select b from EmulationBloc b where :text = '' or b.nameFolded like concat('%', :text, '%')")
    List<EmulationBloc> search(@Param("text") String text, Pageable pageable);

    @Query("select count(b) from EmulationBloc b where :text = '' or b.nameFolded like concat('%', :text, '%')")
    long countSearch(@Param("text") String text);
}

package vn.tdkt.organization.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BlocYearRepository extends JpaRepository<BlocYear, Long> {

    @Query("""
            select distinct y from BlocYear y left join fetch y.leader left join fetch y.members
            where y.bloc.id = :blocId order by y.year desc
            """)
    List<BlocYear> findByBloc(@Param("blocId") Long blocId);

    Optional<BlocYear> findByBlocIdAndYear(Long blocId, int year);

    @Query("select count(y) from BlocYear y join y.members m where m.id = :unitId or y.leader.id = :unitId")
    long countUsingUnit(@Param("unitId") Long unitId);
}

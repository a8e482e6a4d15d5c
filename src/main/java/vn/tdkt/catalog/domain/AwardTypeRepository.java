package vn.tdkt.catalog.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AwardTypeRepository extends JpaRepository<AwardType, Long> {

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    @Query("""
            select t from AwardType t
            where (:text = '' or t.nameFolded like concat('%', :text, '%'))
              and (:category is null or t.category = :category)
            order by t.precedence, t.name
            """)
    List<AwardType> search(@Param("text") String text, @Param("category") AwardCategory category);
}

package vn.tdkt.organization.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByCode(String code);

    @Query("select u from Unit u left join fetch u.parent where u.parent is null order by u.sortOrder, u.name")
    List<Unit> findRoots();

    @Query("select u from Unit u left join fetch u.parent where u.parent.id = :parentId order by u.sortOrder, u.name")
    List<Unit> findChildren(@Param("parentId") Long parentId);

    @Query("select u.parent.id, count(u) from Unit u where u.parent.id in :ids group by u.parent.id")
    List<Object[]> countChildren(@Param("ids") Collection<Long> ids);

    long countByParentId(Long parentId);

    List<Unit> findByPathStartingWith(String pathPrefix);

    @Query("select u.id, u.path from Unit u")
    List<Object[]> findAllPaths();

    @Query("select u from Unit u left join fetch u.parent where u.nameFolded like concat('%', :text, '%')")
    List<Unit> searchFolded(@Param("text") String text);

    @Query("select u from Unit u left join fetch u.parent where u.id in :ids")
    List<Unit> findAllWithParent(@Param("ids") Collection<Long> ids);
}

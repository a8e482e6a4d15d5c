package vn.tdkt.organization.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

    /** {@code :text} is a LIKE pattern with "!" as escape character, see {@code PersonService.namePattern}. */
    String FILTER = """
            where (:text = '' or concat(' ', p.nameFolded) like :text escape '!')
              and (:unitPath = '' or u.path like concat(:unitPath, '%'))
              and (:includeInactive = true or p.activeTo is null)
            """;

    @Query("select p from Person p join fetch p.unit u left join fetch u.parent left join fetch p.position " + FILTER)
    List<Person> search(@Param("text") String text, @Param("unitPath") String unitPath,
            @Param("includeInactive") boolean includeInactive, Pageable pageable);

    @Query("select count(p) from Person p join p.unit u " + FILTER)
    long countSearch(@Param("text") String text, @Param("unitPath") String unitPath,
            @Param("includeInactive") boolean includeInactive);

    @Query("""
            select p from Person p join fetch p.unit u left join fetch u.parent left join fetch p.position
            left join fetch p.assignments a left join fetch a.unit left join fetch a.position
            where p.id = :id
            """)
    Optional<Person> findWithHistory(@Param("id") Long id);

    @Query("""
            select p from Person p left join fetch p.position pos
            where p.unit.id in :unitIds and p.activeTo is null
            order by coalesce(pos.rank, 999999), p.sortKey
            """)
    List<Person> findStaffOfUnits(@Param("unitIds") java.util.Collection<Long> unitIds);

    /** id, full name, folded name, gender, birth year, unit id: what matching a list needs, without entities. */
    @Query("select p.id, p.fullName, p.nameFolded, p.gender, p.birthYear, p.unit.id from Person p where p.nameFolded in :names")
    List<Object[]> findMatchesByNamesFolded(@Param("names") java.util.Collection<String> names);

    long countByUnitId(Long unitId);

    /** Of these people, those who work in one of these units now. */
    @Query("select p.id from Person p where p.id in :ids and p.unit.id in :unitIds")
    List<Long> findIdsInUnits(@Param("ids") java.util.Collection<Long> ids,
            @Param("unitIds") java.util.Collection<Long> unitIds);

    @Query("select count(a) from PersonAssignment a where a.unit.id = :unitId")
    long countAssignmentsInUnit(@Param("unitId") Long unitId);

    @Query("select count(p) from Person p where p.position.id = :positionId")
    long countByPositionId(@Param("positionId") Long positionId);

    @Query("select count(a) from PersonAssignment a where a.position.id = :positionId")
    long countAssignmentsWithPosition(@Param("positionId") Long positionId);
}

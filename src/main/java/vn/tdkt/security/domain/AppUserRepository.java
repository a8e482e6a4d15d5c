package vn.tdkt.security.domain;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from AppUser u
            where :text = '' or lower(u.username) like concat('%', :text, '%')
               or lower(u.fullName) like concat('%', :text, '%')
            """)
    Page<AppUser> search(@Param("text") String text, Pageable pageable);

    @Query("""
            select count(u) from AppUser u
            where :text = '' or lower(u.username) like concat('%', :text, '%')
               or lower(u.fullName) like concat('%', :text, '%')
            """)
    long countSearch(@Param("text") String text);

    long countByUnitId(Long unitId);

    long countByPersonId(Long personId);
}

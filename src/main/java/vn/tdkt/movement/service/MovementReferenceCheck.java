package vn.tdkt.movement.service;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.ReferenceCheck;

/** Units and people used by movements (launching unit, scope, registrations, scores) stay. */
@Component
class MovementReferenceCheck implements ReferenceCheck {

    private final JdbcTemplate jdbc;

    MovementReferenceCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Access.Unsecured("called only by the owner's secured delete, inside its transaction")
    public void assertUnreferenced(String entityType, long id) {
        if (UNIT.equals(entityType) && count("""
                SELECT (SELECT COUNT(*) FROM mv_movement WHERE launching_unit_id = ?)
                     + (SELECT COUNT(*) FROM mv_movement_scope WHERE unit_id = ?)
                     + (SELECT COUNT(*) FROM mv_registration WHERE unit_id = ?)
                     + (SELECT COUNT(*) FROM mv_bloc_score WHERE unit_id = ?)
                """, id, 4) > 0) {
            throw new BusinessException("error.unit.inMovement");
        }
        if (PERSON.equals(entityType) && count("SELECT COUNT(*) FROM mv_registration WHERE person_id = ?", id, 1) > 0) {
            throw new BusinessException("error.person.registered");
        }
    }

    private long count(String sql, long id, int times) {
        Object[] args = new Object[times];
        java.util.Arrays.fill(args, id);
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}

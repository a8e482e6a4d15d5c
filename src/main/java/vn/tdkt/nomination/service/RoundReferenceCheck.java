package vn.tdkt.nomination.service;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.ReferenceCheck;

/** Units named by award rounds (issuing office, deciding body, scope) stay. */
@Component
class RoundReferenceCheck implements ReferenceCheck {

    private final JdbcTemplate jdbc;

    RoundReferenceCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Access.Unsecured("called only by the owner's secured delete, inside its transaction")
    public void assertUnreferenced(String entityType, long id) {
        if (!UNIT.equals(entityType)) {
            return;
        }
        Long n = jdbc.queryForObject("""
                SELECT (SELECT COUNT(*) FROM nm_round WHERE office_unit_id = ? OR higher_body_unit_id = ?)
                     + (SELECT COUNT(*) FROM nm_round_scope WHERE unit_id = ?)
                """, Long.class, id, id, id);
        if (n != null && n > 0) {
            throw new BusinessException("error.unit.inRound");
        }
    }
}

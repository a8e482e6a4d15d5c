package vn.tdkt.decision.service;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.ReferenceCheck;

/** Units and people named in award decisions (issuers, recipients) are never deleted. */
@Component
class DecisionReferenceCheck implements ReferenceCheck {

    private final JdbcTemplate jdbc;

    DecisionReferenceCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Access.Unsecured("called only by the owner's secured delete, inside its transaction")
    public void assertUnreferenced(String entityType, long id) {
        if (UNIT.equals(entityType) && positive("""
                SELECT (SELECT COUNT(*) FROM dc_decision WHERE issuer_unit_id = ?)
                     + (SELECT COUNT(*) FROM dc_award WHERE unit_id = ?)
                """, id, id)) {
            throw new BusinessException("error.unit.inRegister");
        }
        if (PERSON.equals(entityType) && positive("""
                SELECT COUNT(*) FROM dc_award WHERE person_id = ?
                """, id)) {
            throw new BusinessException("error.person.inRegister");
        }
    }

    private boolean positive(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n != null && n > 0;
    }
}

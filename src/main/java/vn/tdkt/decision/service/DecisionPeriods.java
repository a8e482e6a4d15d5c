package vn.tdkt.decision.service;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.service.Access;

/**
 * How many years the longest recorded achievement period spans (0 when every decision is for
 * one year): the register's year filter finds a period award in any year it covers and needs
 * this bound to keep reading the award-year index as a range.
 */
@Service
@Transactional(readOnly = true)
public class DecisionPeriods {

    private final EntityManager em;

    DecisionPeriods(EntityManager em) {
        this.em = em;
    }

    @Access.Authenticated
    public int longestSpan() {
        Integer span = em.createQuery("select max(d.yearTo - d.yearFrom) from AwardDecision d", Integer.class)
                .getSingleResult();
        return span == null ? 0 : Math.max(span, 0);
    }
}

package vn.tdkt.decision.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.BaseSalaryService;
import vn.tdkt.catalog.service.BaseSalaryService.BaseSalaryRecord;
import vn.tdkt.decision.domain.Award;

/** The money of an award, fixed when it is entered and never recomputed. */
@Component
class AwardMoney {

    private static final BigDecimal MONEY_STEP = BigDecimal.valueOf(10_000);

    private final BaseSalaryService salaries;

    AwardMoney(BaseSalaryService salaries) {
        this.salaries = salaries;
    }

    /**
     * Coefficient × the base salary in force on the decision date, rounded up to 10.000 đ.
     * The coefficient comes from the form (old decisions printed their own) or from the
     * rule in force; without either the award carries no money ("không có tiền thưởng theo
     * quy định"). Only non-throwing look-ups: a refusal thrown through the catalogue's
     * transactional proxy would mark the caller's transaction rollback-only and the save
     * would fail with an unexpected error.
     */
    void apply(Award a, AwardTypeRecord type, RecipientKind kind, LocalDate date, BigDecimal given) {
        if (given != null && (given.signum() < 0 || given.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw BusinessException.onField("coefficient", "error.award.coefficient");
        }
        BigDecimal coefficient = given != null ? given : salaries.findCoefficient(type.id(), kind, date).orElse(null);
        if (coefficient == null) {
            a.setMoney(null, null, null);
            return;
        }
        BigDecimal base = salaries.findInForceOn(date).map(BaseSalaryRecord::amount).orElse(null);
        if (base == null) {
            a.setMoney(coefficient, null, null);
            return;
        }
        BigDecimal amount = coefficient.multiply(base).divide(MONEY_STEP, 0, RoundingMode.CEILING)
                .multiply(MONEY_STEP);
        a.setMoney(coefficient, base, amount);
    }
}

package vn.tdkt.catalog.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.ChangeSet;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.Entities;
import vn.tdkt.catalog.domain.AwardRule;
import vn.tdkt.catalog.domain.AwardRuleRepository;
import vn.tdkt.catalog.domain.BaseSalary;
import vn.tdkt.catalog.domain.BaseSalaryRepository;
import vn.tdkt.catalog.domain.RecipientKind;

/** The lương cơ sở table and the award money computed from it. */
@Service
@Transactional(readOnly = true)
public class BaseSalaryService {

    static final String ENTITY = "BaseSalary";
    /** Award money is rounded up to the next 10.000 đồng. */
    static final BigDecimal ROUNDING_STEP = new BigDecimal("10000");

    private final BaseSalaryRepository salaries;
    private final AwardRuleRepository rules;
    private final AuditService audit;
    private final Clock clock;

    public BaseSalaryService(BaseSalaryRepository salaries, AwardRuleRepository rules, AuditService audit,
            Clock clock) {
        this.salaries = salaries;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    public record BaseSalaryRecord(Long id, long version, LocalDate effectiveFrom, BigDecimal amount,
            String legalBasis, boolean confirmed, boolean editable) {
    }

    /**
     * The money for an award: what a decision stores (coefficient, base, amount and the
     * dates of the versions used) so that it never has to be recomputed.
     */
    public record MoneyQuote(BigDecimal coefficient, BigDecimal baseSalary, BigDecimal amount,
            LocalDate ruleEffectiveFrom, LocalDate baseSalaryEffectiveFrom, boolean baseSalaryConfirmed) {
    }

    @Access.Authenticated
    public List<BaseSalaryRecord> all() {
        LocalDate today = LocalDate.now(clock);
        return salaries.findAllByOrderByEffectiveFromDesc().stream().map(s -> toRecord(s, today)).toList();
    }

    @Access.Authenticated
    public BaseSalaryRecord inForceOn(LocalDate date) {
        return findInForceOn(date).orElseThrow(() -> new BusinessException("error.baseSalary.noneInForce", date));
    }

    /**
     * The base in force on a date, if any. For callers inside their own transaction: a refusal
     * thrown through this service's proxy would mark that transaction rollback-only.
     */
    @Access.Authenticated
    public Optional<BaseSalaryRecord> findInForceOn(LocalDate date) {
        return salaries.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(date)
                .map(s -> toRecord(s, LocalDate.now(clock)));
    }

    /**
     * The coefficient of an award type for a recipient kind in the rule in force on a date;
     * empty when no rule is in force or the rule sets no money for that kind ("không có tiền
     * thưởng theo quy định"). Never throws, for the same reason as {@link #findInForceOn}.
     */
    @Access.Authenticated
    public Optional<BigDecimal> findCoefficient(Long awardTypeId, RecipientKind recipient, LocalDate date) {
        return rules.findFirstByAwardTypeIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(awardTypeId, date)
                .map(rule -> recipient == RecipientKind.COLLECTIVE ? rule.getCoefCollective()
                        : rule.getCoefIndividual());
    }

    /** Money for an award type given to a recipient kind on a date, rounded up to 10.000 đ. */
    @Access.Authenticated
    public MoneyQuote quote(Long awardTypeId, RecipientKind recipient, LocalDate date) {
        AwardRule rule = rules
                .findFirstByAwardTypeIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(awardTypeId, date)
                .orElseThrow(() -> new BusinessException("error.rule.noneInForce", date));
        BigDecimal coefficient = recipient == RecipientKind.COLLECTIVE ? rule.getCoefCollective()
                : rule.getCoefIndividual();
        if (coefficient == null) {
            throw new BusinessException("error.rule.noCoefficient", rule.getAwardType().getName());
        }
        BaseSalary base = salaries.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(date)
                .orElseThrow(() -> new BusinessException("error.baseSalary.noneInForce", date));
        return new MoneyQuote(coefficient, base.getAmount(), roundUp(coefficient.multiply(base.getAmount())),
                rule.getEffectiveFrom(), base.getEffectiveFrom(), base.isConfirmed());
    }

    static BigDecimal roundUp(BigDecimal amount) {
        return amount.divide(ROUNDING_STEP, 0, RoundingMode.CEILING).multiply(ROUNDING_STEP);
    }

    /**
     * Adds a new amount from a date (id null) or corrects one not yet in force. An amount
     * already in force but not yet confirmed ("chưa chính thức") can still be corrected and
     * confirmed, on its own date; once confirmed and in force it is history.
     */
    @Access.Admin
    @Transactional
    public BaseSalaryRecord save(BaseSalaryRecord form) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = Checks.required(form.effectiveFrom(), "effectiveFrom");
        BigDecimal amount = Checks.required(form.amount(), "amount");
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 0) {
            throw BusinessException.onField("amount", "error.baseSalary.amount");
        }
        BaseSalary salary;
        if (form.id() == null) {
            if (salaries.existsByEffectiveFrom(from)) {
                throw BusinessException.onField("effectiveFrom", "error.baseSalary.sameDate", from);
            }
            salary = new BaseSalary(from, amount);
        } else {
            salary = Entities.forChange(salaries, form.id(), form.version());
            if (salary.isConfirmed() || !from.equals(salary.getEffectiveFrom())) {
                EffectiveDates.assertNotInForce(salary.getEffectiveFrom(), today);
                EffectiveDates.assertNotInForce(from, today);
            }
        }
        String legalBasis = Checks.maxLength(VietnameseText.clean(form.legalBasis()), 500, "legalBasis");
        ChangeSet changes = new ChangeSet()
                .field("Hiệu lực từ ngày", form.id() == null ? null : salary.getEffectiveFrom(), from)
                .field("Mức lương cơ sở", form.id() == null ? null : salary.getAmount(), amount)
                .field("Căn cứ", form.id() == null ? null : salary.getLegalBasis(), legalBasis)
                .field("Chính thức", form.id() == null ? null : salary.isConfirmed(), form.confirmed());
        salary.setEffectiveFrom(from);
        salary.setAmount(amount);
        salary.setLegalBasis(legalBasis);
        salary.setConfirmed(form.confirmed());
        salaries.saveAndFlush(salary);
        if (form.id() == null) {
            audit.record(ENTITY, salary.getId(), "CREATE", AuditText.of(from) + ": " + AuditText.of(amount) + " đồng"
                    + (form.confirmed() ? "" : " (chưa chính thức)"));
        } else if (!changes.isEmpty()) {
            audit.record(ENTITY, salary.getId(), "UPDATE", AuditText.of(from) + ": " + changes);
        }
        return toRecord(salary, today);
    }

    @Access.Admin
    @Transactional
    public void delete(Long id, long version) {
        BaseSalary salary = Entities.forChange(salaries, id, version);
        EffectiveDates.assertNotInForce(salary.getEffectiveFrom(), LocalDate.now(clock));
        audit.record(ENTITY, id, "DELETE", AuditText.of(salary.getEffectiveFrom()) + ": "
                + AuditText.of(salary.getAmount()) + " đồng");
        salaries.delete(salary);
    }

    private static BaseSalaryRecord toRecord(BaseSalary s, LocalDate today) {
        return new BaseSalaryRecord(s.getId(), s.getVersion(), s.getEffectiveFrom(), s.getAmount(),
                s.getLegalBasis(), s.isConfirmed(), s.getEffectiveFrom().isAfter(today) || !s.isConfirmed());
    }
}

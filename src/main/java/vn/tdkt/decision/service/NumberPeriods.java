package vn.tdkt.decision.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Formats;
import vn.tdkt.decision.domain.AwardDecision;
import vn.tdkt.decision.domain.AwardDecisionRepository;
import vn.tdkt.decision.domain.DocumentNumber;
import vn.tdkt.decision.domain.NumberingTerm;
import vn.tdkt.decision.domain.NumberingTermRepository;
import vn.tdkt.organization.service.UnitService;

/**
 * The numbering period a number belongs to, and the rule that one issuer gives a number once
 * per period whatever the date: a party-style number ({@code 3-QĐ/VPTU}) within the issuer's
 * party-committee term that covers the date (a calendar year when no term is recorded for
 * it), a state-style number ({@code 163/QĐ-UBND}) or anything else within the calendar year.
 * Numbers are compared by {@link DocumentNumber#identity()} ({@code QĐ} = {@code QD},
 * {@code 05} = {@code 5}, case ignored); a unique index on (issuer, identity, period) holds
 * the rule against a concurrent save. Not a service of its own: its callers are secured.
 */
@Component
class NumberPeriods {

    static final String TERM = "T";
    static final String YEAR = "Y";

    private final NumberingTermRepository terms;
    private final AwardDecisionRepository decisions;
    private final UnitService units;

    NumberPeriods(NumberingTermRepository terms, AwardDecisionRepository decisions, UnitService units) {
        this.terms = terms;
        this.decisions = decisions;
        this.units = units;
    }

    String periodOf(Long issuer, DocumentNumber number, LocalDate date) {
        return periodOf(number, date, terms.findByIssuerUnitIdOrderByStartsOnDesc(issuer));
    }

    static String periodOf(DocumentNumber number, LocalDate date, List<NumberingTerm> issuerTerms) {
        if (number.partyStyle()) {
            for (NumberingTerm t : issuerTerms) {
                if (t.covers(date)) {
                    return termKey(t);
                }
            }
        }
        return YEAR + date.getYear();
    }

    static String termKey(NumberingTerm t) {
        return TERM + t.getStartsOn();
    }

    /** The term whose key this is, or null for a year. */
    NumberingTerm term(Long issuer, String period) {
        if (!period.startsWith(TERM)) {
            return null;
        }
        return terms.findByIssuerUnitIdOrderByStartsOnDesc(issuer).stream()
                .filter(t -> period.equals(termKey(t))).findFirst().orElse(null);
    }

    /** Sets the decision's identity and period, and refuses a number its issuer already gave in that period. */
    void assignAndCheck(AwardDecision d) {
        d.setNumber(DocumentNumber.parse(d.getDocNumber()));
        d.setNumberPeriod(periodOf(d.getIssuerUnitId(), DocumentNumber.parse(d.getDocNumber()), d.getDecisionDate()));
        decisions.findFirstByIssuerUnitIdAndNumberIdentAndNumberPeriodAndIdNot(d.getIssuerUnitId(),
                d.getNumberIdent(), d.getNumberPeriod(), d.getId() == null ? -1L : d.getId())
                .ifPresent(other -> {
                    throw taken(other);
                });
    }

    /** Refusal naming the decision that already has the number, and the term or year it was given in. */
    BusinessException taken(AwardDecision other) {
        String issuer = units.option(other.getIssuerUnitId()).fullName();
        NumberingTerm t = other.getNumberPeriod() == null ? null
                : term(other.getIssuerUnitId(), other.getNumberPeriod());
        if (t != null) {
            return BusinessException.onField("docNumber", "error.decision.duplicateNumberInTerm", other.getDocNumber(),
                    other.getDecisionDate(), issuer, t.getName(), Formats.date(t.getStartsOn()),
                    Formats.date(t.getEndsOn()));
        }
        return BusinessException.onField("docNumber", "error.decision.duplicateNumber", other.getDocNumber(),
                other.getDecisionDate(), issuer);
    }

    /**
     * After an issuer's terms changed: every decision of the issuer takes the period the terms
     * now give it; two that now share a number in one period are refused (the change with them).
     */
    void recompute(Long issuer) {
        List<NumberingTerm> issuerTerms = terms.findByIssuerUnitIdOrderByStartsOnDesc(issuer);
        List<AwardDecision> all = decisions.findByIssuerUnitId(issuer);
        java.util.Map<String, AwardDecision> seen = new java.util.HashMap<>();
        for (AwardDecision d : all) {
            String period = periodOf(DocumentNumber.parse(d.getDocNumber()), d.getDecisionDate(), issuerTerms);
            AwardDecision before = seen.putIfAbsent(d.getNumberIdent() + "|" + period, d);
            if (before != null) {
                throw new BusinessException("error.numbering.termConflict", before.getDocNumber(),
                        Formats.date(before.getDecisionDate()), d.getDocNumber(), Formats.date(d.getDecisionDate()));
            }
            if (!Objects.equals(period, d.getNumberPeriod())) {
                d.setNumberPeriod(period);
            }
        }
        decisions.flush();
    }
}

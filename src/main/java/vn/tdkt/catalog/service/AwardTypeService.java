package vn.tdkt.catalog.service;

import vn.tdkt.base.service.AuditText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.ChangeSet;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.Entities;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.AwardRule;
import vn.tdkt.catalog.domain.AwardRuleRepository;
import vn.tdkt.catalog.domain.AwardType;
import vn.tdkt.catalog.domain.AwardTypeRepository;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.domain.VoteRule;

/** The award catalogue and its effective-dated rules. Everyone reads; ADMIN maintains. */
@Service
@Transactional(readOnly = true)
public class AwardTypeService {

    static final String ENTITY = "AwardType";
    private static final BigDecimal MAX_COEFFICIENT = new BigDecimal("100");

    private final AwardTypeRepository types;
    private final AwardRuleRepository rules;
    private final AuditService audit;
    private final Clock clock;

    public AwardTypeService(AwardTypeRepository types, AwardRuleRepository rules, AuditService audit, Clock clock) {
        this.types = types;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    public record AwardTypeRecord(Long id, long version, String code, String name, AwardCategory category,
            RecipientKind recipientKind, AwardLevel level, String conferringAuthority, int precedence,
            boolean active, boolean requiresRegistration, String description) {
    }

    /** One version of the rules; {@code editable} is false once it has come into force. */
    public record RuleRecord(Long id, long version, LocalDate effectiveFrom, VoteRule voteRule,
            Integer voteSharePercent, BigDecimal coefIndividual, BigDecimal coefCollective, String prerequisites,
            String legalBasis, boolean editable, RuleCriteria criteria) {

        /** A version without structured criteria: the eligibility engine leaves it to people. */
        public RuleRecord(Long id, long version, LocalDate effectiveFrom, VoteRule voteRule,
                Integer voteSharePercent, BigDecimal coefIndividual, BigDecimal coefCollective,
                String prerequisites, String legalBasis, boolean editable) {
            this(id, version, effectiveFrom, voteRule, voteSharePercent, coefIndividual, coefCollective,
                    prerequisites, legalBasis, editable, RuleCriteria.NONE);
        }

        public RuleRecord {
            criteria = criteria == null ? RuleCriteria.NONE : criteria;
        }
    }

    /**
     * The numbers the eligibility engine reads from a rule version: which criteria apply
     * (comma-separated codes), the streak length, the share of members, whether the share
     * must be exceeded ("trên 50%") rather than reached, the number of initiatives, the
     * HTXSNV quota (and in outstanding units) and the article each criterion rests on
     * ({@code CODE=text|CODE=text}).
     */
    public record RuleCriteria(String criteriaSet, Integer streakYears, Integer minSharePercent,
            boolean minShareExclusive, Integer initiativeCount, Integer quotaPercent,
            Integer quotaOutstandingPercent, String criteriaArticles) {

        public static final RuleCriteria NONE = new RuleCriteria(null, null, null, false, null, null, null, null);
    }

    @Access.Authenticated
    public List<AwardTypeRecord> search(String text, AwardCategory category) {
        return types.search(VietnameseText.longestWord(text), category).stream()
                .filter(t -> VietnameseText.matchesAllWords(t.getNameFolded(), text))
                .map(AwardTypeService::toRecord)
                .toList();
    }

    /** The whole catalogue by id, for naming award type ids in lists. */
    @Access.Authenticated
    public Map<Long, AwardTypeRecord> byId() {
        return types.findAll().stream().map(AwardTypeService::toRecord)
                .collect(Collectors.toMap(AwardTypeRecord::id, t -> t));
    }

    @Access.Authenticated
    public AwardTypeRecord get(Long id) {
        return toRecord(load(id));
    }

    @Access.Authenticated
    public List<RuleRecord> rules(Long awardTypeId) {
        LocalDate today = LocalDate.now(clock);
        return rules.findByAwardTypeIdOrderByEffectiveFromDesc(awardTypeId).stream()
                .map(r -> toRecord(r, today))
                .toList();
    }

    /** The rules in force for an award type on a date (e.g. a decision date). */
    @Access.Authenticated
    public RuleRecord ruleOn(Long awardTypeId, LocalDate date) {
        return rules.findFirstByAwardTypeIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(awardTypeId, date)
                .map(r -> toRecord(r, LocalDate.now(clock)))
                .orElseThrow(() -> new BusinessException("error.rule.noneInForce", date));
    }

    @Access.Admin
    @Transactional
    public AwardTypeRecord save(AwardTypeRecord form) {
        String code = Checks.required(VietnameseText.clean(form.code()), "code").toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_]{2,30}")) {
            throw BusinessException.onField("code", "error.awardType.codeFormat");
        }
        boolean duplicate = form.id() == null ? types.existsByCode(code) : types.existsByCodeAndIdNot(code, form.id());
        if (duplicate) {
            throw BusinessException.onField("code", "error.awardType.duplicateCode", code);
        }
        String name = Checks.maxLength(Checks.required(VietnameseText.clean(form.name()), "name"), 255, "name");
        AwardType type;
        ChangeSet changes = new ChangeSet();
        if (form.id() == null) {
            type = new AwardType(code, name, Checks.required(form.category(), "category"),
                    Checks.required(form.recipientKind(), "recipientKind"), Checks.required(form.level(), "level"));
        } else {
            type = Entities.forChange(types, form.id(), form.version());
            changes.field("code", type.getCode(), code).field("name", type.getName(), name)
                    .field("category", type.getCategory(), form.category())
                    .field("recipientKind", type.getRecipientKind(), form.recipientKind())
                    .field("level", type.getLevel(), form.level())
                    .field("active", type.isActive(), form.active())
                    .field("requiresRegistration", type.isRequiresRegistration(), form.requiresRegistration());
            type.setCode(code);
            type.setName(name);
            type.setCategory(Checks.required(form.category(), "category"));
            type.setRecipientKind(Checks.required(form.recipientKind(), "recipientKind"));
            type.setLevel(Checks.required(form.level(), "level"));
        }
        type.setConferringAuthority(Checks.maxLength(VietnameseText.clean(form.conferringAuthority()), 255,
                "conferringAuthority"));
        type.setPrecedence(form.precedence());
        type.setActive(form.active());
        type.setRequiresRegistration(form.requiresRegistration());
        type.setDescription(Checks.maxLength(VietnameseText.clean(form.description()), 1000, "description"));
        types.saveAndFlush(type);
        if (form.id() == null) {
            audit.record(ENTITY, type.getId(), "CREATE", code + " — " + name);
        } else if (!changes.isEmpty()) {
            audit.record(ENTITY, type.getId(), "UPDATE", changes.toString());
        }
        return toRecord(type);
    }

    /**
     * Adds a new version of the rules (id null) or corrects a version not yet in force.
     * Versions already in force are locked: a change of law is always a new version.
     */
    @Access.Admin
    @Transactional
    public RuleRecord saveRule(Long awardTypeId, RuleRecord form) {
        AwardType type = load(awardTypeId);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = Checks.required(form.effectiveFrom(), "effectiveFrom");
        validateRule(type, form);
        AwardRule rule;
        if (form.id() == null) {
            if (rules.existsByAwardTypeIdAndEffectiveFrom(awardTypeId, from)) {
                throw BusinessException.onField("effectiveFrom", "error.rule.sameDate", from);
            }
            rule = new AwardRule(type, from);
        } else {
            rule = Entities.forChange(rules, form.id(), form.version());
            EffectiveDates.assertNotInForce(rule.getEffectiveFrom(), today);
            EffectiveDates.assertNotInForce(from, today);
            rule.setEffectiveFrom(from);
        }
        rule.setVoteRule(form.voteRule());
        rule.setVoteSharePercent(form.voteRule() == VoteRule.SHARE ? form.voteSharePercent() : null);
        rule.setCoefIndividual(form.coefIndividual());
        rule.setCoefCollective(form.coefCollective());
        rule.setPrerequisites(Checks.maxLength(VietnameseText.clean(form.prerequisites()), 2000, "prerequisites"));
        rule.setLegalBasis(Checks.maxLength(VietnameseText.clean(form.legalBasis()), 500, "legalBasis"));
        applyCriteria(rule, form.criteria());
        rules.saveAndFlush(rule);
        audit.record(ENTITY, awardTypeId, form.id() == null ? "RULE_ADD" : "RULE_UPDATE",
                describe(rule));
        return toRecord(rule, today);
    }

    @Access.Admin
    @Transactional
    public void deleteRule(Long ruleId, long version) {
        AwardRule rule = Entities.forChange(rules, ruleId, version);
        EffectiveDates.assertNotInForce(rule.getEffectiveFrom(), LocalDate.now(clock));
        audit.record(ENTITY, rule.getAwardType().getId(), "RULE_DELETE", describe(rule));
        rules.delete(rule);
    }

    private static void validateRule(AwardType type, RuleRecord form) {
        VoteRule vote = Checks.required(form.voteRule(), "voteRule");
        if (vote == VoteRule.SHARE && (form.voteSharePercent() == null || form.voteSharePercent() <= 50
                || form.voteSharePercent() > 100)) {
            throw BusinessException.onField("voteSharePercent", "error.rule.share");
        }
        checkCoefficient(form.coefIndividual(), "coefIndividual");
        checkCoefficient(form.coefCollective(), "coefCollective");
        if (form.coefIndividual() != null && !type.getRecipientKind().allows(RecipientKind.INDIVIDUAL)) {
            throw BusinessException.onField("coefIndividual", "error.rule.coefNotApplicable");
        }
        if (form.coefCollective() != null && !type.getRecipientKind().allows(RecipientKind.COLLECTIVE)) {
            throw BusinessException.onField("coefCollective", "error.rule.coefNotApplicable");
        }
    }

    private static void applyCriteria(AwardRule rule, RuleCriteria c) {
        String set = blankToNull(c.criteriaSet());
        if (set != null) {
            set = set.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            if (!set.matches("[A-Z_]{2,40}(,[A-Z_]{2,40})*")) {
                throw BusinessException.onField("criteriaSet", "error.rule.criteriaSet");
            }
        }
        rule.setCriteriaSet(Checks.maxLength(set, 500, "criteriaSet"));
        rule.setStreakYears(range(c.streakYears(), 1, 10, "streakYears"));
        rule.setMinSharePercent(range(c.minSharePercent(), 1, 100, "minSharePercent"));
        rule.setMinShareExclusive(c.minShareExclusive());
        rule.setInitiativeCount(range(c.initiativeCount(), 0, 20, "initiativeCount"));
        rule.setQuotaPercent(range(c.quotaPercent(), 1, 100, "quotaPercent"));
        rule.setQuotaOutstandingPercent(range(c.quotaOutstandingPercent(), 1, 100, "quotaOutstandingPercent"));
        rule.setCriteriaArticles(Checks.maxLength(blankToNull(c.criteriaArticles()), 4000, "criteriaArticles"));
    }

    private static String blankToNull(String text) {
        String clean = VietnameseText.clean(text);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    private static Integer range(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw BusinessException.onField(field, "error.rule.range", min, max);
        }
        return value;
    }

    private static void checkCoefficient(BigDecimal value, String field) {
        if (value != null && (value.signum() < 0 || value.compareTo(MAX_COEFFICIENT) > 0 || value.scale() > 2)) {
            throw BusinessException.onField(field, "error.rule.coefficient");
        }
    }

    private static String describe(AwardRule r) {
        return "Hiệu lực từ " + AuditText.of(r.getEffectiveFrom()) + ": " + AuditText.of(r.getVoteRule())
                + (r.getVoteSharePercent() == null ? "" : " " + r.getVoteSharePercent() + "%")
                + ", hệ số cá nhân " + AuditText.of(r.getCoefIndividual()) + ", tập thể "
                + AuditText.of(r.getCoefCollective());
    }

    private AwardType load(Long id) {
        return Entities.found(types, id);
    }

    private static AwardTypeRecord toRecord(AwardType t) {
        return new AwardTypeRecord(t.getId(), t.getVersion(), t.getCode(), t.getName(), t.getCategory(),
                t.getRecipientKind(), t.getLevel(), t.getConferringAuthority(), t.getPrecedence(), t.isActive(),
                t.isRequiresRegistration(), t.getDescription());
    }

    private static RuleRecord toRecord(AwardRule r, LocalDate today) {
        return new RuleRecord(r.getId(), r.getVersion(), r.getEffectiveFrom(), r.getVoteRule(),
                r.getVoteSharePercent(), r.getCoefIndividual(), r.getCoefCollective(), r.getPrerequisites(),
                r.getLegalBasis(), !r.isInForceOrPastOn(today), new RuleCriteria(r.getCriteriaSet(),
                        r.getStreakYears(), r.getMinSharePercent(), r.isMinShareExclusive(), r.getInitiativeCount(),
                        r.getQuotaPercent(), r.getQuotaOutstandingPercent(), r.getCriteriaArticles()));
    }
}

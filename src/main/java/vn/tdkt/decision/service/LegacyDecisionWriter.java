package vn.tdkt.decision.service;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.decision.domain.Award;
import vn.tdkt.decision.domain.AwardDecision;
import vn.tdkt.decision.domain.AwardDecisionRepository;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.DecisionSource;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.domain.DocumentNumber;
import vn.tdkt.organization.domain.Gender;

/**
 * Writes awards taken from legacy lists: decisions found by issuer, number and date (or
 * created as recorded, imported decisions), recipients inserted in JDBC batches. Rows
 * already in the register are skipped, so importing the same file twice adds nothing.
 */
@Service
@Transactional(readOnly = true)
public class LegacyDecisionWriter {

    private static final int BATCH = 2000;
    /**
     * Every column of {@code dc_award} but {@link #LEFT_EMPTY}, in the order of
     * {@link #insertArgs}; a test holds this list to the entity's mapping so the two cannot
     * drift apart. Old lists carry no movement and no money rule (only the amount they printed, if
     * any), and the version starts at 0.
     */
    static final List<String> COLUMNS = List.of("version", "created_at", "created_by", "modified_at",
            "modified_by", "decision_id", "register_no", "kind", "person_id", "unit_id", "recipient_key",
            "recipient_name", "sort_key", "gender", "birth_year", "position_name", "unit_name", "award_type_id",
            "award_level", "award_precedence", "coefficient", "base_salary", "amount", "note", "state", "award_year",
            "year_from", "decision_date", "doc_number", "issuer_unit_id", "movement_id", "search_text");
    /** Generated (id) or only ever set by a later revocation. */
    static final Set<String> LEFT_EMPTY = Set.of("id", "revoked_on", "revoke_reason", "revoke_ground", "revoked_by");
    private static final Map<String, String> LITERALS = Map.of("version", "0", "coefficient", "NULL",
            "base_salary", "NULL", "movement_id", "NULL");
    static final String INSERT = "INSERT INTO dc_award (" + String.join(", ", COLUMNS) + ") VALUES ("
            + String.join(", ", COLUMNS.stream().map(c -> LITERALS.getOrDefault(c, "?")).toList()) + ")";

    /**
     * Declared types: with them the driver is never asked for parameter metadata to bind a
     * null (a round trip per row on MySQL that made the batch five times slower).
     */
    static final int[] TYPES = {Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR,
        Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
        Types.INTEGER, Types.DECIMAL, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.DATE,
        Types.VARCHAR, Types.BIGINT, Types.VARCHAR};

    private final AwardDecisionRepository decisions;
    private final AwardTypeService awardTypes;
    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final Clock clock;
    private final NumberPeriods periods;
    private final AwardCounts counts;

    public LegacyDecisionWriter(AwardDecisionRepository decisions, AwardTypeService awardTypes, JdbcTemplate jdbc,
            AuditService audit, Clock clock, NumberPeriods periods, AwardCounts counts) {
        this.counts = counts;
        this.periods = periods;
        this.decisions = decisions;
        this.awardTypes = awardTypes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Identifies a decision: its issuer, its number compared without spaces or case, its date. */
    public record DecisionKey(Long issuerUnitId, String numberKey, LocalDate date) {

        public static DecisionKey of(Long issuerUnitId, String docNumber, LocalDate date) {
            return new DecisionKey(issuerUnitId, DocumentNumber.parse(docNumber).key(), date);
        }
    }

    /** A decision already in the register, with the recipients it has. */
    public record ExistingDecision(Long id, DecisionStatus status, DecisionSource source, int yearFrom, int yearTo,
            Set<String> recipientKeys) {
    }

    /**
     * One resolved line of a legacy list. {@code personId} null and a name: someone not in the
     * registry. {@code amount}: the money the list printed, or null (no coefficient or base is known).
     */
    public record LegacyAward(String docNumber, LocalDate decisionDate, Long issuerUnitId, int yearFrom, int yearTo,
            Long awardTypeId, RecipientKind kind, Long personId, Long unitId, String name, Gender gender,
            Integer birthYear, String positionName, String unitName, Integer registerNo, String note,
            BigDecimal amount) {

        public DecisionKey decisionKey() {
            return DecisionKey.of(issuerUnitId, docNumber, decisionDate);
        }

        public String recipientKey() {
            return Award.recipientKey(personId, unitId,
                    kind == RecipientKind.INDIVIDUAL && personId == null ? name : null, birthYear);
        }
    }

    public record ImportOutcome(int decisionsCreated, int awardsAdded, int alreadyPresent) {
    }

    @Access.Secretary
    public Map<DecisionKey, ExistingDecision> existing(Collection<DecisionKey> keys) {
        Map<DecisionKey, ExistingDecision> result = new HashMap<>();
        find(keys).forEach((key, d) -> result.put(key, new ExistingDecision(d.getId(), d.getStatus(), d.getSource(),
                d.getYearFrom(), d.getYearTo(), recipientKeys(d.getId()))));
        return result;
    }

    /** The decisions already in the register among {@code keys}, read a thousand numbers per query. */
    private Map<DecisionKey, AwardDecision> find(Collection<DecisionKey> keys) {
        Set<DecisionKey> wanted = new HashSet<>(keys);
        List<String> numbers = wanted.stream().map(DecisionKey::numberKey).distinct().toList();
        Map<DecisionKey, AwardDecision> found = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += BATCH) {
            for (AwardDecision d : decisions.findByNumberKeyIn(numbers.subList(from,
                    Math.min(from + BATCH, numbers.size())))) {
                DecisionKey key = new DecisionKey(d.getIssuerUnitId(), d.getNumberKey(), d.getDecisionDate());
                if (wanted.contains(key)) {
                    found.put(key, d);
                }
            }
        }
        return found;
    }

    private Set<String> recipientKeys(Long decisionId) {
        return new HashSet<>(jdbc.queryForList("SELECT recipient_key FROM dc_award WHERE decision_id = ?",
                String.class, decisionId));
    }

    /** Recipient and award type: a combined decision lists one recipient once per award type. */
    private Set<String> recipientAwardKeys(Long decisionId) {
        return new HashSet<>(jdbc.query("SELECT recipient_key, award_type_id FROM dc_award WHERE decision_id = ?",
                (rs, i) -> rs.getString(1) + "|" + rs.getLong(2), decisionId));
    }

    /** All rows or none: one transaction. */
    @Access.Secretary
    @Transactional
    public ImportOutcome write(List<LegacyAward> rows, String source) {
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        Map<DecisionKey, List<LegacyAward>> byDecision = new LinkedHashMap<>();
        // A list repeats a few hundred numbers over its rows: each is read once.
        Map<String, String> numberKeys = new HashMap<>();
        rows.forEach(r -> byDecision.computeIfAbsent(new DecisionKey(r.issuerUnitId(), numberKeys.computeIfAbsent(
                r.docNumber(), n -> DocumentNumber.parse(n).key()), r.decisionDate()), k -> new ArrayList<>()).add(r));
        String user = CurrentUser.username().orElse("system");
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<DecisionKey, AwardDecision> known = find(byDecision.keySet());
        int created = 0;
        int present = 0;
        List<Object[]> batch = new ArrayList<>(BATCH);
        // The rows' counts summed over the list: the register's counts take one upsert per key.
        Map<AwardCounts.Key, Long> added = new HashMap<>();
        for (Map.Entry<DecisionKey, List<LegacyAward>> group : byDecision.entrySet()) {
            LegacyAward first = group.getValue().getFirst();
            DecisionKey key = group.getKey();
            AwardDecision d = known.get(key);
            Set<String> keys;
            if (d == null) {
                d = new AwardDecision(DecisionSource.IMPORT);
                d.setIssuerUnitId(first.issuerUnitId());
                d.setNumber(DocumentNumber.parse(first.docNumber()));
                d.setDecisionDate(first.decisionDate());
                d.setYears(first.yearFrom(), first.yearTo());
                d.setReason("Nhập từ danh sách cũ: " + source);
                d.setStatus(DecisionStatus.RECORDED);
                // The same number in the same term or year under another date is another decision's number.
                periods.assignAndCheck(d);
                // Inserted at once (generated id): no flush of the whole session per decision.
                d = decisions.save(d);
                audit.record(DecisionReader.DECISION, d.getId(), "IMPORT", d.getDocNumber() + " — " + source);
                created++;
                keys = new HashSet<>();
            } else if (d.getSource() != DecisionSource.IMPORT || d.getStatus() != DecisionStatus.RECORDED) {
                throw new BusinessException("error.import.decisionLocked", d.getDocNumber());
            } else {
                keys = recipientAwardKeys(d.getId());
            }
            for (LegacyAward r : group.getValue()) {
                if (!keys.add(r.recipientKey() + "|" + r.awardTypeId())) {
                    present++;
                    continue;
                }
                Award a = award(d, r, types.get(r.awardTypeId()));
                batch.add(insertArgs(a, r, user, now));
                added.merge(AwardCounts.Key.of(AwardState.ACTIVE, a.getUnitId(), a.getAwardYear(),
                        a.getAwardTypeId(), a.getKind(), a.getGender()), 1L, Long::sum);
                if (batch.size() == BATCH) {
                    jdbc.batchUpdate(INSERT, batch, TYPES);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(INSERT, batch, TYPES);
        }
        counts.add(added);
        int inserted = rows.size() - present;
        audit.record(DecisionReader.AWARD, null, "IMPORT", source + ": " + inserted + " lượt khen thưởng, "
                + created + " quyết định mới, " + present + " đã có");
        return new ImportOutcome(created, inserted, present);
    }

    /** Builds the row through the entity, so derived columns (keys, search text) follow the same rules. */
    private static Award award(AwardDecision d, LegacyAward r, AwardTypeRecord type) {
        Award a = new Award(d.getId());
        a.fill(r.kind(), r.personId(), r.unitId(), r.name(), r.gender(), r.birthYear(), r.positionName(),
                r.unitName(), type.id(), type.level(), type.precedence(), type.name(), d);
        return a;
    }

    private static Object[] insertArgs(Award a, LegacyAward r, String user, LocalDateTime now) {
        return new Object[] {now, user, now, user, a.getDecisionId(), r.registerNo(), a.getKind().name(), a.getPersonId(),
            a.getUnitId(), a.getRecipientKey(), a.getRecipientName(), a.getSortKey(), enumName(a.getGender()),
            a.getBirthYear(), a.getPositionName(), a.getUnitName(), a.getAwardTypeId(), a.getAwardLevel().name(),
            a.getAwardPrecedence(), r.amount(), r.note(), AwardState.ACTIVE.name(), a.getAwardYear(), a.getYearFrom(),
            a.getDecisionDate(), a.getDocNumber(), a.getIssuerUnitId(), a.getSearchText()};
    }

    private static String enumName(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

package vn.tdkt.movement.service;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.StaleDataException;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.document.service.FileService.FileRecord;
import vn.tdkt.document.service.FileService;
import vn.tdkt.movement.domain.BlocScore;
import vn.tdkt.movement.domain.BlocScoreRepository;
import vn.tdkt.movement.domain.BlocScoring;
import vn.tdkt.movement.domain.BlocScoringRepository;
import vn.tdkt.movement.domain.Criterion;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.service.MovementService.CriterionRecord;
import vn.tdkt.organization.service.BlocService.BlocYearRecord;
import vn.tdkt.organization.service.BlocService.MemberRecord;
import vn.tdkt.organization.service.BlocService;

/**
 * Chấm điểm khối, cụm thi đua: members assess themselves per criterion, the bloc reviews,
 * the ranking follows the review totals, the leading unit is proposed for the flag. The
 * sheet's version moves with every save, so a second editor with an older sheet is refused.
 */
@Service
@Transactional(readOnly = true)
public class BlocScoringService {

    static final String ENTITY = "BlocScoring";

    private final MovementService movements;
    private final BlocScoringRepository scorings;
    private final BlocScoreRepository scores;
    private final BlocService blocs;
    private final AwardTypeService awardTypes;
    private final FileService files;
    private final AuditService audit;
    private final EntityManager entityManager;

    public BlocScoringService(MovementService movements, BlocScoringRepository scorings, BlocScoreRepository scores,
            BlocService blocs, AwardTypeService awardTypes, FileService files, AuditService audit,
            EntityManager entityManager) {
        this.movements = movements;
        this.scorings = scorings;
        this.scores = scores;
        this.blocs = blocs;
        this.awardTypes = awardTypes;
        this.files = files;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    public record ScoreCell(Long criterionId, BigDecimal self, BigDecimal review, String evidence) {
    }

    /** A member with its totals; {@code rank} is shared by tied members ({@code tied} true). */
    public record MemberRow(Long unitId, String unitName, BigDecimal selfTotal, BigDecimal reviewTotal, int rank,
            boolean tied, List<ScoreCell> cells) {
    }

    public record ScoringSheet(Long scoringId, long version, Long movementId, Long blocId, int year, boolean locked,
            List<CriterionRecord> criteria, List<MemberRow> members, FileRecord pact, Long proposedUnitId,
            String proposedUnitName, String proposedAwardName, List<AwardTypeRecord> flagAwards) {
    }

    @Access.Authenticated
    public ScoringSheet sheet(Long movementId, Long blocId, int year) {
        Movement m = movements.load(movementId);
        List<MemberRecord> members = members(blocId, year);
        BlocScoring scoring = scorings.findByMovementIdAndBlocIdAndYear(movementId, blocId, year).orElse(null);
        List<BlocScore> saved = scoring == null ? List.of() : scores.findByScoringId(scoring.getId());
        List<MemberRow> rows = new ArrayList<>();
        for (MemberRecord member : members) {
            Map<Long, BlocScore> byCriterion = saved.stream().filter(s -> s.getUnitId().equals(member.unitId()))
                    .collect(Collectors.toMap(BlocScore::getCriterionId, Function.identity()));
            List<ScoreCell> cells = m.getCriteria().stream().map(c -> {
                BlocScore s = byCriterion.get(c.getId());
                return s == null ? new ScoreCell(c.getId(), null, null, null)
                        : new ScoreCell(c.getId(), s.getSelfScore(), s.getReviewScore(), s.getEvidence());
            }).toList();
            rows.add(new MemberRow(member.unitId(), member.unitName(), total(cells, ScoreCell::self),
                    total(cells, ScoreCell::review), 0, false, cells));
        }
        List<AwardTypeRecord> flags = m.getAwardTypeIds().stream().map(awardTypes::get)
                .filter(a -> a.recipientKind().allows(RecipientKind.COLLECTIVE))
                .sorted(Comparator.comparingInt(AwardTypeRecord::precedence)).toList();
        Long proposed = scoring == null ? null : scoring.getProposedUnitId();
        return new ScoringSheet(scoring == null ? null : scoring.getId(), scoring == null ? 0 : scoring.getVersion(),
                movementId, blocId, year, scoring != null && scoring.isLocked(), MovementService.criteria(m),
                rank(rows), scoring == null || scoring.getPactFileId() == null ? null
                        : files.describe(scoring.getPactFileId()),
                proposed, members.stream().filter(x -> x.unitId().equals(proposed)).map(MemberRecord::unitName)
                        .findFirst().orElse(null),
                scoring == null || scoring.getProposedAwardId() == null ? null
                        : awardTypes.get(scoring.getProposedAwardId()).name(), flags);
    }

    /** Saves one member's self-assessment and review scores, from a sheet opened at {@code version}. */
    @Access.Secretary
    @Transactional
    public ScoringSheet saveScores(Long movementId, Long blocId, int year, long version, Long unitId,
            List<ScoreCell> cells) {
        Movement m = movements.load(movementId);
        if (!m.getStatus().isRunning() && m.getStatus() != vn.tdkt.movement.domain.MovementStatus.FINAL_REVIEW) {
            throw new BusinessException("error.registration.movementNotRunning");
        }
        if (members(blocId, year).stream().noneMatch(x -> x.unitId().equals(unitId))) {
            throw new BusinessException("error.scoring.notMember");
        }
        BlocScoring scoring = editable(movementId, blocId, year, version);
        Map<Long, Criterion> criteria = MovementService.criteriaById(m);
        Map<Long, BlocScore> existing = scores.findByScoringId(scoring.getId()).stream()
                .filter(s -> s.getUnitId().equals(unitId))
                .collect(Collectors.toMap(BlocScore::getCriterionId, Function.identity()));
        for (ScoreCell cell : cells) {
            Criterion criterion = criteria.get(cell.criterionId());
            if (criterion == null) {
                throw new BusinessException("error.notFound");
            }
            checkScore(cell.self(), criterion);
            checkScore(cell.review(), criterion);
            BlocScore score = existing.get(criterion.getId());
            if (score == null) {
                score = new BlocScore(scoring.getId(), unitId, criterion.getId());
            }
            score.set(cell.self(), cell.review(), Checks.maxLength(cell.evidence(), 1000, "evidence"));
            scores.save(score);
        }
        scoring.touch();
        scores.flush();
        audit.record(ENTITY, scoring.getId(), "SCORES", memberName(blocId, year, unitId) + ", năm " + year + ": "
                + cells.size() + " tiêu chí");
        return sheetAfterFlush(movementId, blocId, year);
    }

    @Access.Secretary
    @Transactional
    public ScoringSheet attachPact(Long movementId, Long blocId, int year, long version, Long fileId) {
        BlocScoring scoring = editable(movementId, blocId, year, version);
        String fileName = files.describe(Checks.required(fileId, "pact")).fileName();
        scoring.setPactFileId(fileId);
        audit.record(ENTITY, scoring.getId(), "PACT", "Năm " + year + ": " + fileName);
        return sheetAfterFlush(movementId, blocId, year);
    }

    private String memberName(Long blocId, int year, Long unitId) {
        return members(blocId, year).stream().filter(x -> x.unitId().equals(unitId)).map(x -> x.unitName())
                .findFirst().orElse("∅");
    }

    /** Closes the round: from now on the scores are final. */
    @Access.Secretary
    @Transactional
    public ScoringSheet lock(Long movementId, Long blocId, int year, long version) {
        BlocScoring scoring = editable(movementId, blocId, year, version);
        scoring.lock();
        audit.record(ENTITY, scoring.getId(), "LOCK", movements.get(movementId).name() + ", năm " + year);
        return sheetAfterFlush(movementId, blocId, year);
    }

    /** Proposes a member (normally the first ranked) for the bloc's flag, once the round is locked. */
    @Access.Secretary
    @Transactional
    public ScoringSheet propose(Long movementId, Long blocId, int year, long version, Long unitId,
            Long awardTypeId) {
        BlocScoring scoring = scorings.findByMovementIdAndBlocIdAndYear(movementId, blocId, year)
                .orElseThrow(() -> new BusinessException("error.scoring.notLocked"));
        StaleDataException.check(version, scoring.getVersion());
        if (!scoring.isLocked()) {
            throw new BusinessException("error.scoring.notLocked");
        }
        if (members(blocId, year).stream().noneMatch(x -> x.unitId().equals(unitId))) {
            throw new BusinessException("error.scoring.notMember");
        }
        AwardTypeRecord award = awardTypes.get(Checks.required(awardTypeId, "awardType"));
        if (!award.recipientKind().allows(RecipientKind.COLLECTIVE)) {
            throw BusinessException.onField("awardType", "error.registration.individualTitleForUnit", award.name());
        }
        scoring.propose(unitId, awardTypeId);
        scoring.touch();
        audit.record(ENTITY, scoring.getId(), "PROPOSE", memberName(blocId, year, unitId) + " → " + award.name());
        return sheetAfterFlush(movementId, blocId, year);
    }

    private BlocScoring editable(Long movementId, Long blocId, int year, long version) {
        BlocScoring scoring = scorings.findByMovementIdAndBlocIdAndYear(movementId, blocId, year)
                .orElseGet(() -> scorings.saveAndFlush(new BlocScoring(movementId, blocId, year)));
        StaleDataException.check(version, scoring.getVersion());
        if (scoring.isLocked()) {
            throw new BusinessException("error.scoring.locked");
        }
        return scoring;
    }

    private ScoringSheet sheetAfterFlush(Long movementId, Long blocId, int year) {
        entityManager.flush();
        return sheet(movementId, blocId, year);
    }

    private List<MemberRecord> members(Long blocId, int year) {
        return blocs.years(blocId).stream().filter(y -> y.year() == year).findFirst()
                .map(BlocYearRecord::members)
                .orElseThrow(() -> new BusinessException("error.scoring.noMembers", year));
    }

    private static void checkScore(BigDecimal score, Criterion criterion) {
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(criterion.getMaxPoints())) > 0)) {
            throw BusinessException.onField("score", "error.scoring.overMax", criterion.getName(),
                    criterion.getMaxPoints());
        }
    }

    private static BigDecimal total(List<ScoreCell> cells, Function<ScoreCell, BigDecimal> part) {
        return cells.stream().map(part).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Orders by review total (then self-assessment); equal review totals share a rank. */
    static List<MemberRow> rank(List<MemberRow> rows) {
        List<MemberRow> sorted = rows.stream()
                .sorted(Comparator.comparing(MemberRow::reviewTotal).reversed()
                        .thenComparing(Comparator.comparing(MemberRow::selfTotal).reversed()))
                .toList();
        List<MemberRow> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            MemberRow row = sorted.get(i);
            int rank = i + 1;
            if (i > 0 && sorted.get(i - 1).reviewTotal().compareTo(row.reviewTotal()) == 0) {
                rank = ranked.get(i - 1).rank();
            }
            final BigDecimal total = row.reviewTotal();
            boolean tied = sorted.stream().filter(o -> o.reviewTotal().compareTo(total) == 0).count() > 1;
            ranked.add(new MemberRow(row.unitId(), row.unitName(), row.selfTotal(), row.reviewTotal(), rank, tied,
                    row.cells()));
        }
        return ranked;
    }
}

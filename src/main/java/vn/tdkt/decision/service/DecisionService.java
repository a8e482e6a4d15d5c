package vn.tdkt.decision.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.ChangeSet;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.decision.domain.Award;
import vn.tdkt.decision.domain.AwardDecision;
import vn.tdkt.decision.domain.AwardDecisionRepository;
import vn.tdkt.decision.domain.AwardRepository;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.DecisionSource;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.domain.DocumentNumber;
import vn.tdkt.decision.service.DecisionRecords.AmendmentInfo;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionFilter;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionRow;
import vn.tdkt.document.service.FileService;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.organization.service.UnitService;

/**
 * Award decisions of any body: the header of a decision, drafting, recording and deleting a
 * draft. The list of a decision is {@link AwardListService}'s work, revocation
 * {@link RevocationService}'s; a recorded decision changes only through an amendment.
 */
@Service
@Transactional(readOnly = true)
public class DecisionService {

    private static final int FIRST_YEAR = 1945;

    private final AwardDecisionRepository decisions;
    private final AwardRepository awards;
    private final DecisionReader reader;
    private final AmendmentLog amendments;
    private final UnitService units;
    private final MovementService movements;
    private final FileService files;
    private final AuditService audit;
    private final Clock clock;
    private final NumberPeriods periods;
    private final AwardCounts counts;

    DecisionService(AwardDecisionRepository decisions, AwardRepository awards, DecisionReader reader,
            AmendmentLog amendments, UnitService units, MovementService movements, FileService files,
            AuditService audit, Clock clock, NumberPeriods periods, AwardCounts counts) {
        this.counts = counts;
        this.periods = periods;
        this.decisions = decisions;
        this.awards = awards;
        this.reader = reader;
        this.amendments = amendments;
        this.units = units;
        this.movements = movements;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @Access.Authenticated
    public List<DecisionRow> page(DecisionFilter filter, int offset, int limit) {
        int size = Math.max(limit, 1);
        List<AwardDecision> rows = decisions.search(reasonPattern(filter.text()), numberPattern(filter.text()),
                filter.year(), filter.status(),
                PageRequest.of(offset / size, size, Sort.by(Sort.Direction.DESC, "decisionDate", "id")));
        Map<Long, String> issuers = units.fullNames(rows.stream().map(AwardDecision::getIssuerUnitId)
                .collect(Collectors.toSet()));
        return rows.stream().map(d -> new DecisionRow(d.getId(), d.getDocNumber(), d.isNumberWellFormed(),
                d.getDecisionDate(), issuers.get(d.getIssuerUnitId()), d.getYearFrom(), d.getYearTo(), d.getStatus(),
                awards.countByDecisionId(d.getId()))).toList();
    }

    @Access.Authenticated
    public long count(DecisionFilter filter) {
        return decisions.countSearch(reasonPattern(filter.text()), numberPattern(filter.text()), filter.year(),
                filter.status());
    }

    /**
     * Numbers are searched without spaces, accents or case ("163/qd-ubnd" finds 163/QĐ-UBND);
     * "%" and "_" typed stand for themselves. Empty when nothing is typed.
     */
    private static String numberPattern(String text) {
        String folded = VietnameseText.fold(text).replace(" ", "");
        return folded.isEmpty() ? "" : "%" + likeEscaped(folded) + "%";
    }

    /** The reason as typed, lower case (accents are ignored where the database's collation does). */
    private static String reasonPattern(String text) {
        String clean = VietnameseText.clean(text == null ? "" : text).toLowerCase(Locale.ROOT);
        return clean.isEmpty() ? "" : "%" + likeEscaped(clean) + "%";
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Access.Authenticated
    public DecisionDetails get(Long id) {
        return reader.details(id);
    }

    /**
     * Creates a draft (id null) or changes a decision. A recorded decision changes only with
     * an amendment (reason, and the correcting document if there is one), which is kept.
     */
    @Access.Secretary
    @Transactional
    public DecisionDetails save(DecisionForm form, AmendmentInfo amendment) {
        AwardDecision d;
        if (form.id() == null) {
            d = new AwardDecision(DecisionSource.MANUAL);
        } else {
            d = reader.decisionForChange(form.id(), form.version());
            amendments.requireChangeable(d, amendment);
            // A new date or years move every award of the decision in the counts.
            counts.watch(d.getId());
        }
        ChangeSet changes = apply(d, form);
        checkNumberFree(d);
        try {
            d = decisions.saveAndFlush(d);
        } catch (DataIntegrityViolationException e) {
            // Someone saved the same number in the same period a moment before (the unique index saw it).
            throw BusinessException.onField("docNumber", "error.decision.duplicateNumber", d.getDocNumber(),
                    d.getDecisionDate(), units.option(d.getIssuerUnitId()).fullName());
        }
        for (Award a : reader.awardsOf(d.getId())) {
            a.copyDecision(d);
        }
        if (form.id() == null) {
            audit.record(DecisionReader.DECISION, d.getId(), "CREATE", d.getDocNumber() + " (" + d.getYearTo() + ")");
        } else if (!changes.isEmpty()) {
            amendments.amend(d, amendment, changes.toString());
            audit.record(DecisionReader.DECISION, d.getId(), "UPDATE", changes.toString());
        }
        return get(d.getId());
    }

    private ChangeSet apply(AwardDecision d, DecisionForm form) {
        Long issuer = Checks.required(form.issuerUnitId(), "issuer");
        DocumentNumber number = DocumentNumber.parse(Checks.maxLength(
                Checks.required(VietnameseText.clean(form.docNumber()), "docNumber"), 60, "docNumber"));
        LocalDate date = Checks.required(form.decisionDate(), "decisionDate");
        if (date.isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("decisionDate", "error.decision.futureDate");
        }
        if (date.getYear() < FIRST_YEAR) {
            throw BusinessException.onField("decisionDate", "error.decision.tooOld", FIRST_YEAR);
        }
        int yearTo = Checks.required(form.yearTo(), "yearTo");
        int yearFrom = form.yearFrom() == null ? yearTo : form.yearFrom();
        if (yearFrom > yearTo) {
            throw BusinessException.onField("yearFrom", "error.decision.yearsReversed", yearFrom, yearTo);
        }
        if (yearFrom < FIRST_YEAR || yearTo > date.getYear()) {
            throw BusinessException.onField("yearTo", "error.decision.yearAfterDecision", yearTo, date.getYear());
        }
        if (form.scanFileId() != null && !Objects.equals(form.scanFileId(), d.getScanFileId())
                && !"application/pdf".equals(files.describe(form.scanFileId()).contentType())) {
            throw BusinessException.onField("scan", "error.decision.scanNotPdf");
        }
        units.option(issuer);
        if (form.movementId() != null) {
            movements.get(form.movementId());
        }
        String signer = Checks.maxLength(VietnameseText.clean(form.signerName()), 150, "signerName");
        String signerTitle = Checks.maxLength(VietnameseText.clean(form.signerTitle()), 255, "signerTitle");
        String reason = Checks.maxLength(VietnameseText.clean(form.reason()), 2000, "reason");
        ChangeSet changes = new ChangeSet()
                .field("Cơ quan ban hành", unitName(d.getIssuerUnitId()), unitName(issuer))
                .field("Số", d.getDocNumber(), number.printed())
                .field("Ngày", d.getDecisionDate(), date)
                .field("Người ký", d.getSignerName(), signer)
                .field("Chức vụ người ký", d.getSignerTitle(), signerTitle)
                .field("Lý do", d.getReason(), reason)
                .field("Năm thành tích", d.getYearFrom() + "–" + d.getYearTo(), yearFrom + "–" + yearTo)
                .field("Phong trào", movementName(d.getMovementId()), movementName(form.movementId()))
                .field("Bản quét", fileName(d.getScanFileId()), fileName(form.scanFileId()));
        d.setIssuerUnitId(issuer);
        d.setNumber(number);
        d.setDecisionDate(date);
        d.setSignerName(signer);
        d.setSignerTitle(signerTitle);
        d.setReason(reason);
        d.setYears(yearFrom, yearTo);
        d.setMovementId(form.movementId());
        d.setScanFileId(form.scanFileId());
        return changes;
    }

    /**
     * One issuer gives a number once per numbering period (its party-committee term for a
     * party-style number, else the calendar year), whatever the date: however it was typed
     * ({@code 05-QD/VPTU} is {@code 5-QĐ/VPTU}), a second decision with the same issuer and
     * number in the period is refused, naming the one already there.
     */
    private void checkNumberFree(AwardDecision d) {
        periods.assignAndCheck(d);
    }

    private String unitName(Long id) {
        return id == null ? null : units.option(id).fullName();
    }

    private String movementName(Long id) {
        return id == null ? null : movements.get(id).name();
    }

    private String fileName(Long id) {
        return id == null ? null : files.describe(id).fileName();
    }

    /** Records a draft: it enters the register and is locked from now on. */
    @Access.Secretary
    @Transactional
    public DecisionDetails record(Long id, long version) {
        AwardDecision d = reader.decisionForChange(id, version);
        if (d.getStatus() != DecisionStatus.DRAFT) {
            throw new BusinessException("error.decision.locked");
        }
        if (awards.countByDecisionId(id) == 0) {
            throw new BusinessException("error.decision.noRecipients");
        }
        checkNumberFree(d);
        counts.watch(id);
        d.setStatus(DecisionStatus.RECORDED);
        decisions.saveAndFlush(d);
        awards.changeState(id, AwardState.DRAFT, AwardState.ACTIVE);
        audit.record(DecisionReader.DECISION, id, "RECORD", d.getDocNumber());
        return get(id);
    }

    @Access.Secretary
    @Transactional
    public void deleteDraft(Long id, long version) {
        AwardDecision d = reader.decisionForChange(id, version);
        if (d.getStatus() != DecisionStatus.DRAFT) {
            throw new BusinessException("error.decision.locked");
        }
        decisions.delete(d);
        audit.record(DecisionReader.DECISION, id, "DELETE", d.getDocNumber());
    }

}

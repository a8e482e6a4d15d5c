package vn.tdkt.decision.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.ChangeSet;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.StaleDataException;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.BaseSalaryService;
import vn.tdkt.decision.domain.Amendment;
import vn.tdkt.decision.domain.AmendmentRepository;
import vn.tdkt.decision.domain.Award;
import vn.tdkt.decision.domain.AwardDecision;
import vn.tdkt.decision.domain.AwardDecisionRepository;
import vn.tdkt.decision.domain.AwardRepository;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.DecisionSource;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.domain.DocumentNumber;
import vn.tdkt.decision.service.DecisionRecords.AmendmentInfo;
import vn.tdkt.decision.service.DecisionRecords.AmendmentRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionFilter;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionRow;
import vn.tdkt.decision.service.DecisionRecords.RecipientForm;
import vn.tdkt.decision.service.DecisionRecords.RecipientRecord;
import vn.tdkt.decision.service.DecisionRecords.Revocation;
import vn.tdkt.document.service.FileService;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.PersonDetails;
import vn.tdkt.organization.service.PersonService.Placement;
import vn.tdkt.organization.service.UnitService;

/**
 * Award decisions of any body. The council secretary and the administrator enter them;
 * a draft is edited freely, a recorded decision only through a visible amendment, and a
 * decision or one recipient can be revoked: the record stays and counts no more.
 */
@Service
@Transactional(readOnly = true)
public class DecisionService {

    static final String ENTITY = "AwardDecision";
    static final String AWARD = "Award";
    private static final BigDecimal MONEY_STEP = BigDecimal.valueOf(10_000);
    private static final int FIRST_YEAR = 1945;

    private final AwardDecisionRepository decisions;
    private final AwardRepository awards;
    private final AmendmentRepository amendments;
    private final UnitService units;
    private final PersonService people;
    private final AwardTypeService awardTypes;
    private final BaseSalaryService salaries;
    private final MovementService movements;
    private final FileService files;
    private final AuditService audit;
    private final Clock clock;

    public DecisionService(AwardDecisionRepository decisions, AwardRepository awards,
            AmendmentRepository amendments, UnitService units, PersonService people, AwardTypeService awardTypes,
            BaseSalaryService salaries, MovementService movements, FileService files, AuditService audit,
            Clock clock) {
        this.decisions = decisions;
        this.awards = awards;
        this.amendments = amendments;
        this.units = units;
        this.people = people;
        this.awardTypes = awardTypes;
        this.salaries = salaries;
        this.movements = movements;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<DecisionRow> page(DecisionFilter filter, int offset, int limit) {
        int size = Math.max(limit, 1);
        List<AwardDecision> rows = decisions.search(numberText(filter.text()), filter.year(), filter.status(),
                PageRequest.of(offset / size, size, Sort.by(Sort.Direction.DESC, "decisionDate", "id")));
        Map<Long, String> issuers = units.fullNames(rows.stream().map(AwardDecision::getIssuerUnitId)
                .collect(Collectors.toSet()));
        return rows.stream().map(d -> new DecisionRow(d.getId(), d.getDocNumber(), d.isNumberWellFormed(),
                d.getDecisionDate(), issuers.get(d.getIssuerUnitId()), d.getYearFrom(), d.getYearTo(), d.getStatus(),
                awards.countByDecisionId(d.getId()))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(DecisionFilter filter) {
        return decisions.countSearch(numberText(filter.text()), filter.year(), filter.status());
    }

    /** Numbers are searched as printed (Đ kept), lower case. */
    private static String numberText(String text) {
        return text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    }

    @PreAuthorize("isAuthenticated()")
    public DecisionDetails get(Long id) {
        AwardDecision d = load(id);
        Map<Long, AwardTypeRecord> types = awardTypeMap();
        // The order of the printed list: số sổ vàng, then collectives before people as entered.
        List<RecipientRecord> recipients = awards.findByDecisionIdOrderByKindDescRegisterNoAscIdAsc(id).stream()
                .map(a -> toRecipient(a, types))
                .sorted(java.util.Comparator.comparing(RecipientRecord::registerNo,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(r -> r.kind() == RecipientKind.COLLECTIVE ? 0 : 1)
                        .thenComparing(RecipientRecord::id))
                .toList();
        List<AmendmentRecord> changes = amendments.findByDecisionIdOrderByAmendedOnAscIdAsc(id).stream()
                .map(a -> new AmendmentRecord(a.getAmendedOn(), a.getDocNumber(), a.getReason(), a.getChanges(),
                        a.getCreatedBy()))
                .toList();
        BigDecimal total = recipients.stream().filter(r -> r.state() != AwardState.REVOKED)
                .map(RecipientRecord::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new DecisionDetails(d.getId(), d.getVersion(), d.getIssuerUnitId(),
                units.option(d.getIssuerUnitId()).fullName(), d.getDocNumber(),
                new DocumentNumber(d.getDocNumber(), d.getNumberSeq(), d.getNumberType(), d.getNumberBody()),
                d.getDecisionDate(), d.getSignerName(), d.getSignerTitle(), d.getReason(), d.getYearFrom(),
                d.getYearTo(), d.getMovementId(),
                d.getMovementId() == null ? null : movements.get(d.getMovementId()).name(),
                d.getScanFileId() == null ? null : files.describe(d.getScanFileId()), d.getStatus(), d.getSource(),
                d.getRevokedOn(), d.getRevokeReason(), d.getRevokeGround(), recipients, changes, total);
    }

    /**
     * Creates a draft (id null) or changes a decision. A recorded decision changes only with
     * an amendment (reason, and the correcting document if there is one), which is kept.
     */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARY')")
    @Transactional
    public DecisionDetails save(DecisionForm form, AmendmentInfo amendment) {
        AwardDecision d;
        if (form.id() == null) {
            d = new AwardDecision(DecisionSource.MANUAL);
        } else {
            d = load(form.id());
            StaleDataException.check(form.version(), d.getVersion());
            requireChangeable(d, amendment);
        }
        ChangeSet changes = apply(d, form);
        try {
            d = decisions.saveAndFlush(d);
        } catch (DataIntegrityViolationException e) {
            throw BusinessException.onField("docNumber", "error.decision.duplicateNumber", d.getDocNumber());
        }
        for (Award a : awards.findByDecisionIdOrderByKindDescRegisterNoAscIdAsc(d.getId())) {
            a.copyDecision(d);
        }
        if (form.id() == null) {
            audit.record(ENTITY, d.getId(), "CREATE", d.getDocNumber() + " (" + d.getYearTo() + ")");
        } else if (!changes.isEmpty()) {
            amend(d, amendment, changes.toString());
            audit.record(ENTITY, d.getId(), "UPDATE", changes.toString());
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
                .field("Cơ quan ban hành", d.getIssuerUnitId(), issuer)
                .field("Số", d.getDocNumber(), number.printed())
                .field("Ngày", d.getDecisionDate(), date)
                .field("Người ký", d.getSignerName(), signer)
                .field("Chức vụ người ký", d.getSignerTitle(), signerTitle)
                .field("Lý do", d.getReason(), reason)
                .field("Năm thành tích", d.getYearFrom() + "–" + d.getYearTo(), yearFrom + "–" + yearTo)
                .field("Phong trào", d.getMovementId(), form.movementId())
                .field("Bản quét", d.getScanFileId(), form.scanFileId());
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

    /** Adds a recipient (id null) or changes one; on a recorded decision only with an amendment. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARY')")
    @Transactional
    public DecisionDetails saveRecipient(Long decisionId, RecipientForm form, AmendmentInfo amendment) {
        AwardDecision d = load(decisionId);
        requireChangeable(d, amendment);
        Award a;
        String before;
        if (form.id() == null) {
            a = new Award(d.getId());
            a.setState(d.getStatus() == DecisionStatus.DRAFT ? AwardState.DRAFT : AwardState.ACTIVE);
            before = null;
        } else {
            a = loadAward(form.id());
            if (!a.getDecisionId().equals(d.getId())) {
                throw new BusinessException("error.notFound");
            }
            StaleDataException.check(form.version(), a.getVersion());
            if (a.getState() == AwardState.REVOKED) {
                throw new BusinessException("error.award.revoked");
            }
            before = describe(a);
        }
        applyRecipient(d, a, form);
        checkUnique(d, a);
        a = awards.saveAndFlush(a);
        String after = describe(a);
        if (before == null) {
            audit.record(AWARD, a.getId(), "CREATE", d.getDocNumber() + ": " + after);
            if (d.getStatus() != DecisionStatus.DRAFT) {
                amend(d, amendment, "Bổ sung: " + after);
            }
        } else if (!before.equals(after)) {
            audit.record(AWARD, a.getId(), "UPDATE", before + " → " + after);
            if (d.getStatus() != DecisionStatus.DRAFT) {
                amend(d, amendment, before + " → " + after);
            }
        }
        return get(d.getId());
    }

    private void applyRecipient(AwardDecision d, Award a, RecipientForm form) {
        AwardTypeRecord type = awardTypes.get(Checks.required(form.awardTypeId(), "awardType"));
        RecipientKind kind = Checks.required(form.kind(), "kind");
        if (kind == RecipientKind.BOTH) {
            throw BusinessException.onField("kind", "error.required");
        }
        if (!type.recipientKind().allows(kind)) {
            throw BusinessException.onField("awardType", kind == RecipientKind.COLLECTIVE
                    ? "error.award.individualOnly" : "error.award.collectiveOnly", type.name());
        }
        if (form.registerNo() != null && form.registerNo() < 1) {
            throw BusinessException.onField("registerNo", "error.award.registerNo");
        }
        if (kind == RecipientKind.INDIVIDUAL) {
            PersonDetails p = people.get(Checks.required(form.personId(), "person"));
            Placement then = people.placementOn(p.id(), d.getDecisionDate());
            Long unitId = then == null ? p.unitId() : then.unitId();
            String position = form.positionName() != null && !form.positionName().isBlank()
                    ? VietnameseText.clean(form.positionName())
                    : then == null ? p.positionName() : then.positionName();
            a.setRecipient(kind, p.id(), unitId, p.fullName(), p.gender(), p.birthYear(),
                    Checks.maxLength(position, 255, "positionName"), units.option(unitId).fullName());
        } else {
            String name = units.option(Checks.required(form.unitId(), "unit")).fullName();
            a.setRecipient(kind, null, form.unitId(), name, null, null, null, name);
        }
        a.setAward(type.id(), type.level(), type.precedence());
        a.setRegisterNo(form.registerNo());
        a.setNote(Checks.maxLength(VietnameseText.clean(form.note()), 500, "note"));
        setMoney(a, type, kind, d.getDecisionDate(), form.coefficient());
        a.copyDecision(d);
    }

    /**
     * Coefficient × the base salary in force on the decision date, rounded up to 10.000 đ.
     * The coefficient comes from the form (old decisions printed their own) or from the
     * rule in force; without either, no money is recorded.
     */
    private void setMoney(Award a, AwardTypeRecord type, RecipientKind kind, LocalDate date, BigDecimal given) {
        if (given != null && (given.signum() < 0 || given.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw BusinessException.onField("coefficient", "error.award.coefficient");
        }
        BigDecimal coefficient = given;
        if (coefficient == null) {
            try {
                coefficient = salaries.quote(type.id(), kind, date).coefficient();
            } catch (BusinessException noRule) {
                a.setMoney(null, null, null);
                return;
            }
        }
        BigDecimal base;
        try {
            base = salaries.inForceOn(date).amount();
        } catch (BusinessException noBase) {
            a.setMoney(coefficient, null, null);
            return;
        }
        BigDecimal amount = coefficient.multiply(base).divide(MONEY_STEP, 0, RoundingMode.CEILING)
                .multiply(MONEY_STEP);
        a.setMoney(coefficient, base, amount);
    }

    private void checkUnique(AwardDecision d, Award a) {
        for (Award other : awards.findByDecisionIdOrderByKindDescRegisterNoAscIdAsc(d.getId())) {
            if (other.getId().equals(a.getId())) {
                continue;
            }
            if (other.getRecipientKey().equals(a.getRecipientKey())) {
                throw BusinessException.onField(a.getKind() == RecipientKind.INDIVIDUAL ? "person" : "unit",
                        "error.award.duplicateRecipient", a.getRecipientName());
            }
            if (a.getRegisterNo() != null && a.getRegisterNo().equals(other.getRegisterNo())) {
                throw BusinessException.onField("registerNo", "error.award.duplicateRegisterNo", a.getRegisterNo(),
                        other.getRecipientName());
            }
        }
    }

    /** Removes a recipient from a draft; on a recorded decision a recipient is revoked instead. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARY')")
    @Transactional
    public DecisionDetails removeRecipient(Long awardId, long version) {
        Award a = loadAward(awardId);
        StaleDataException.check(version, a.getVersion());
        AwardDecision d = load(a.getDecisionId());
        if (d.getStatus() != DecisionStatus.DRAFT) {
            throw new BusinessException("error.decision.locked");
        }
        awards.delete(a);
        audit.record(AWARD, a.getId(), "DELETE", d.getDocNumber() + ": " + describe(a));
        return get(d.getId());
    }

    /** Records a draft: it enters the register and is locked from now on. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARY')")
    @Transactional
    public DecisionDetails record(Long id, long version) {
        AwardDecision d = load(id);
        StaleDataException.check(version, d.getVersion());
        if (d.getStatus() != DecisionStatus.DRAFT) {
            throw new BusinessException("error.decision.locked");
        }
        if (awards.countByDecisionId(id) == 0) {
            throw new BusinessException("error.decision.noRecipients");
        }
        d.setStatus(DecisionStatus.RECORDED);
        decisions.saveAndFlush(d);
        awards.changeState(id, AwardState.DRAFT, AwardState.ACTIVE);
        audit.record(ENTITY, id, "RECORD", d.getDocNumber());
        return get(id);
    }

    @PreAuthorize("hasAnyRole('ADMIN','SECRETARY')")
    @Transactional
    public void deleteDraft(Long id, long version) {
        AwardDecision d = load(id);
        StaleDataException.check(version, d.getVersion());
        if (d.getStatus() != DecisionStatus.DRAFT) {
            throw new BusinessException("error.decision.locked");
        }
        decisions.delete(d);
        audit.record(ENTITY, id, "DELETE", d.getDocNumber());
    }

    /** Thu hồi the whole decision: every recipient is revoked with it. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARY')")
    @Transactional
    public DecisionDetails revoke(Long id, long version, Revocation revocation) {
        AwardDecision d = load(id);
        StaleDataException.check(version, d.getVersion());
        if (d.getStatus() != DecisionStatus.RECORDED) {
            throw new BusinessException("error.decision.notRecorded");
        }
        Revocation r = check(revocation, d.getDecisionDate());
        d.revoke(r.date(), r.reason(), r.legalGround());
        decisions.saveAndFlush(d);
        for (Award a : awards.findByDecisionIdOrderByKindDescRegisterNoAscIdAsc(id)) {
            if (a.getState() == AwardState.ACTIVE) {
                a.revoke(r.date(), r.reason(), r.legalGround());
            }
        }
        audit.record(ENTITY, id, "REVOKE", d.getDocNumber() + ": " + r.reason() + " (" + r.legalGround() + ")");
        return get(id);
    }

    /** Thu hồi one recipient's award; the others of the decision stay. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARY')")
    @Transactional
    public DecisionDetails revokeRecipient(Long awardId, long version, Revocation revocation) {
        Award a = loadAward(awardId);
        StaleDataException.check(version, a.getVersion());
        if (a.getState() != AwardState.ACTIVE) {
            throw new BusinessException("error.decision.notRecorded");
        }
        Revocation r = check(revocation, a.getDecisionDate());
        a.revoke(r.date(), r.reason(), r.legalGround());
        awards.saveAndFlush(a);
        audit.record(AWARD, a.getId(), "REVOKE", a.getDocNumber() + ", " + a.getRecipientName() + ": " + r.reason()
                + " (" + r.legalGround() + ")");
        return get(a.getDecisionId());
    }

    private Revocation check(Revocation r, LocalDate decisionDate) {
        LocalDate date = Checks.required(r.date(), "revokedOn");
        if (date.isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("revokedOn", "error.decision.futureDate");
        }
        if (date.isBefore(decisionDate)) {
            throw BusinessException.onField("revokedOn", "error.revocation.beforeDecision");
        }
        return new Revocation(date,
                Checks.maxLength(Checks.required(VietnameseText.clean(r.reason()), "revokeReason"), 1000,
                        "revokeReason"),
                Checks.maxLength(Checks.required(VietnameseText.clean(r.legalGround()), "legalGround"), 500,
                        "legalGround"));
    }

    private void requireChangeable(AwardDecision d, AmendmentInfo amendment) {
        if (d.getStatus() == DecisionStatus.REVOKED) {
            throw new BusinessException("error.decision.revoked");
        }
        if (d.getStatus() == DecisionStatus.RECORDED
                && (amendment == null || VietnameseText.clean(amendment.reason()).isEmpty())) {
            throw BusinessException.onField("amendmentReason", "error.decision.amendmentRequired");
        }
    }

    private void amend(AwardDecision d, AmendmentInfo info, String changes) {
        if (d.getStatus() == DecisionStatus.DRAFT) {
            return;
        }
        LocalDate on = info.date() == null ? LocalDate.now(clock) : info.date();
        amendments.save(new Amendment(d.getId(), on,
                Checks.maxLength(VietnameseText.clean(info.docNumber()), 60, "amendmentDocNumber"),
                Checks.maxLength(VietnameseText.clean(info.reason()), 1000, "amendmentReason"), changes));
        audit.record(ENTITY, d.getId(), "AMEND", info.reason() + ": " + changes);
    }

    private String describe(Award a) {
        return (a.getRegisterNo() == null ? "" : "#" + a.getRegisterNo() + " ") + a.getRecipientName()
                + (a.getPositionName() == null ? "" : ", " + a.getPositionName()) + " — "
                + awardTypes.get(a.getAwardTypeId()).name()
                + (a.getAmount() == null ? "" : " — " + a.getAmount().toPlainString() + " đ");
    }

    Map<Long, AwardTypeRecord> awardTypeMap() {
        return awardTypes.search("", null).stream().collect(Collectors.toMap(AwardTypeRecord::id, t -> t));
    }

    static RecipientRecord toRecipient(Award a, Map<Long, AwardTypeRecord> types) {
        return new RecipientRecord(a.getId(), a.getVersion(), a.getRegisterNo(), a.getKind(), a.getPersonId(),
                a.getUnitId(), a.getRecipientName(), a.getGender(), a.getBirthYear(), a.getPositionName(),
                a.getUnitName(), a.getAwardTypeId(), types.get(a.getAwardTypeId()).name(), a.getCoefficient(),
                a.getBaseSalary(), a.getAmount(), a.getNote(), a.getState(), a.getRevokedOn(), a.getRevokeReason(),
                a.getRevokeGround());
    }

    private AwardDecision load(Long id) {
        return decisions.findById(id).orElseThrow(() -> new BusinessException("error.notFound"));
    }

    private Award loadAward(Long id) {
        return awards.findById(id).orElseThrow(() -> new BusinessException("error.notFound"));
    }
}

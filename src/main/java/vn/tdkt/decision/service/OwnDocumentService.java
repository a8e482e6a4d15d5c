package vn.tdkt.decision.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.Formats;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.decision.domain.AwardDecision;
import vn.tdkt.decision.domain.AwardDecisionRepository;
import vn.tdkt.decision.domain.DecisionSource;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.domain.DocumentKind;
import vn.tdkt.decision.domain.Submission;
import vn.tdkt.decision.domain.SubmissionLine;
import vn.tdkt.decision.domain.SubmissionRepository;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.NumberingService.Reserved;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.PersonDetails;
import vn.tdkt.organization.service.PersonService.Placement;
import vn.tdkt.organization.service.UnitService;

/**
 * Documents this office issues under its own numbers: a decision that goes straight into the
 * register, and a submission (tờ trình) to the higher body that decides. Each is one step in
 * the caller's transaction: the number is taken from the sequence under its lock, the document
 * and every line are written, or — if anything fails — nothing is, and the number is not used.
 */
@Service
@Transactional(readOnly = true)
public class OwnDocumentService {

    static final String SUBMISSION = "Submission";

    private final NumberingService numbering;
    private final AwardDecisionRepository decisions;
    private final AwardListService awardLists;
    private final DecisionService decisionService;
    private final SubmissionRepository submissions;
    private final AwardTypeService awardTypes;
    private final PersonService people;
    private final UnitService units;
    private final AuditService audit;
    private final Clock clock;
    private final AwardMoney money;

    OwnDocumentService(NumberingService numbering, AwardDecisionRepository decisions,
            AwardListService awardLists, DecisionService decisionService, SubmissionRepository submissions,
            AwardTypeService awardTypes, PersonService people, UnitService units, AuditService audit, Clock clock,
            AwardMoney money) {
        this.money = money;
        this.numbering = numbering;
        this.decisions = decisions;
        this.awardLists = awardLists;
        this.decisionService = decisionService;
        this.submissions = submissions;
        this.awardTypes = awardTypes;
        this.people = people;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** One recipient of an issued document; the position is taken as on the document's date when not given. */
    public record IssuedLine(RecipientKind kind, Long personId, Long unitId, Long awardTypeId, String positionName,
            String note, Long nominationId) {
    }

    /** The head of a document this office issues; {@code addressee} only for a submission. */
    public record IssueForm(Long issuerUnitId, LocalDate date, String signerName, String signerTitle, String reason,
            int yearFrom, int yearTo, Long movementId, String addressee, Long addresseeUnitId, String subject,
            Long roundId, List<IssuedLine> lines) {
    }

    public record SubmissionLineRecord(int no, RecipientKind kind, Long personId, Long unitId, String name,
            String positionName, String unitName, Long awardTypeId, String awardName, Long nominationId) {
    }

    /** A tờ trình as the document engine prints it. */
    public record SubmissionRecord(Long id, Long issuerUnitId, String issuer, String docNumber, LocalDate date,
            String addressee, Long addresseeUnitId, String subject, String reason, String signerName,
            String signerTitle, Long roundId, int yearFrom, int yearTo, List<SubmissionLineRecord> lines) {
    }

    /**
     * Issues a decision of this office: the next number of its decision sequence, the list with
     * money by the rules and the base salary in force on the date (rounded up to 10.000 đ), and
     * số sổ vàng continuing the issuer's book; the decision is recorded at once (in the register).
     */
    @Access.Secretary
    @Transactional
    public DecisionDetails issueDecision(IssueForm form) {
        Long issuer = Checks.required(form.issuerUnitId(), "issuer");
        LocalDate date = checkedDate(form.date());
        List<IssuedLine> lines = checkedLines(form.lines());
        units.option(issuer);
        Reserved number = numbering.reserve(issuer, DocumentKind.DECISION, date);
        AwardDecision d = new AwardDecision(DecisionSource.ISSUED);
        d.setIssuerUnitId(issuer);
        d.setNumber(number.number());
        d.setNumberPeriod(number.period());
        d.setDecisionDate(date);
        d.setSignerName(Checks.maxLength(VietnameseText.clean(form.signerName()), 150, "signerName"));
        d.setSignerTitle(Checks.maxLength(VietnameseText.clean(form.signerTitle()), 255, "signerTitle"));
        d.setReason(Checks.maxLength(Checks.required(VietnameseText.clean(form.reason()), "reason"), 2000, "reason"));
        if (form.yearFrom() > form.yearTo() || form.yearTo() > date.getYear()) {
            throw BusinessException.onField("yearTo", "error.decision.yearAfterDecision", form.yearTo(),
                    date.getYear());
        }
        d.setYears(form.yearFrom(), form.yearTo());
        d.setMovementId(form.movementId());
        d.setStatus(DecisionStatus.DRAFT);
        d = decisions.saveAndFlush(d);
        int registerNo = numbering.reserveRegisterNos(issuer, lines.size()) - 1;
        DecisionDetails details = null;
        for (IssuedLine line : lines) {
            details = awardLists.saveAward(d.getId(), new AwardForm(null, 0, line.kind(), line.personId(),
                    line.unitId(), line.awardTypeId(), ++registerNo, null, line.positionName(), line.note()), null);
        }
        details = decisionService.record(d.getId(), details.version());
        audit.record(DecisionReader.DECISION, d.getId(), "ISSUE", d.getDocNumber() + " ngày "
                + Formats.date(date) + ": " + lines.size() + " lượt khen thưởng, số sổ vàng "
                + (registerNo - lines.size() + 1) + "–" + registerNo);
        return details;
    }

    /** Issues a tờ trình to the higher body: the next number of the submission sequence and the list. */
    @Access.Secretary
    @Transactional
    public SubmissionRecord issueSubmission(IssueForm form) {
        Long issuer = Checks.required(form.issuerUnitId(), "issuer");
        LocalDate date = checkedDate(form.date());
        List<IssuedLine> lines = checkedLines(form.lines());
        String addressee = Checks.maxLength(Checks.required(VietnameseText.clean(form.addressee()), "addressee"), 255,
                "addressee");
        String subject = Checks.maxLength(Checks.required(VietnameseText.clean(form.subject()), "subject"), 500,
                "subject");
        units.option(issuer);
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        List<SubmissionLine> rows = new ArrayList<>();
        for (IssuedLine line : lines) {
            AwardTypeRecord type = types.get(Checks.required(line.awardTypeId(), "awardType"));
            if (type == null) {
                throw new BusinessException("error.notFound");
            }
            if (line.kind() == RecipientKind.INDIVIDUAL) {
                PersonDetails p = people.get(Checks.required(line.personId(), "person"));
                Placement then = people.placementOn(p.id(), date);
                Long unitId = then == null ? p.unitId() : then.unitId();
                String position = line.positionName() != null && !line.positionName().isBlank()
                        ? VietnameseText.clean(line.positionName())
                        : then == null ? p.positionName() : then.positionName();
                rows.add(new SubmissionLine(line.kind(), p.id(), unitId, p.fullName(), position,
                        units.option(unitId).fullName(), type.id(), type.name(), line.nominationId()));
            } else {
                String name = units.option(Checks.required(line.unitId(), "unit")).fullName();
                rows.add(new SubmissionLine(RecipientKind.COLLECTIVE, null, line.unitId(), name, null, name,
                        type.id(), type.name(), line.nominationId()));
            }
        }
        Reserved number = numbering.reserve(issuer, DocumentKind.SUBMISSION, date);
        Submission s = new Submission(issuer, number.number(), number.period(), date);
        s.setContent(addressee, form.addresseeUnitId(), subject,
                Checks.maxLength(VietnameseText.clean(form.reason()), 2000, "reason"),
                Checks.maxLength(VietnameseText.clean(form.signerName()), 150, "signerName"),
                Checks.maxLength(VietnameseText.clean(form.signerTitle()), 255, "signerTitle"), form.roundId(),
                form.yearFrom(), form.yearTo());
        s.setLines(rows);
        s = submissions.saveAndFlush(s);
        audit.record(SUBMISSION, s.getId(), "ISSUE", s.getDocNumber() + " ngày " + Formats.date(date) + " gửi "
                + addressee + ": " + rows.size() + " đề nghị");
        return record(s);
    }

    /**
     * The money an award would carry on a decision dated {@code date}, as {@link #issueDecision}
     * computes it (null: none by the rules, or no base salary in force).
     */
    @Access.Authenticated
    public java.math.BigDecimal money(Long awardTypeId, RecipientKind kind, LocalDate date) {
        vn.tdkt.decision.domain.Award a = new vn.tdkt.decision.domain.Award(null);
        money.apply(a, awardTypes.get(awardTypeId), kind, date, null);
        return a.getAmount();
    }

    @Access.Authenticated
    public List<SubmissionRecord> submissionsOfRound(Long roundId) {
        return submissions.findByRoundIdOrderBySubmissionDateAscIdAsc(roundId).stream().map(this::record).toList();
    }

    @Access.Authenticated
    public SubmissionRecord submission(Long id) {
        return record(submissions.findById(Checks.required(id, "id"))
                .orElseThrow(() -> new BusinessException("error.notFound")));
    }

    private LocalDate checkedDate(LocalDate date) {
        LocalDate d = Checks.required(date, "decisionDate");
        if (d.isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("decisionDate", "error.decision.futureDate");
        }
        return d;
    }

    private static List<IssuedLine> checkedLines(List<IssuedLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new BusinessException("error.decision.noRecipients");
        }
        return lines;
    }

    private SubmissionRecord record(Submission s) {
        List<SubmissionLineRecord> lines = new ArrayList<>();
        int no = 1;
        for (SubmissionLine l : s.getLines()) {
            lines.add(new SubmissionLineRecord(no++, l.getKind(), l.getPersonId(), l.getUnitId(), l.getRecipientName(),
                    l.getPositionName(), l.getUnitName(), l.getAwardTypeId(), l.getAwardName(), l.getNominationId()));
        }
        return new SubmissionRecord(s.getId(), s.getIssuerUnitId(), units.option(s.getIssuerUnitId()).fullName(),
                s.getDocNumber(), s.getSubmissionDate(), s.getAddressee(), s.getAddresseeUnitId(), s.getSubject(),
                s.getReason(), s.getSignerName(), s.getSignerTitle(), s.getRoundId(), s.getYearFrom(), s.getYearTo(),
                lines);
    }
}

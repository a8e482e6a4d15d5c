package vn.tdkt.council.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.Formats;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.decision.domain.DocumentKind;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.NumberingService;
import vn.tdkt.decision.service.OwnDocumentService;
import vn.tdkt.decision.service.OwnDocumentService.IssueForm;
import vn.tdkt.decision.service.OwnDocumentService.IssuedLine;
import vn.tdkt.decision.service.OwnDocumentService.SubmissionRecord;
import vn.tdkt.nomination.domain.DecidingBody;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.nomination.service.NominationService.NominationRow;

/**
 * Issuing the outcome of a round once the council has voted: from the candidates it passed, the
 * secretary issues this office's decision for the awards the office confers itself, and the
 * tờ trình to the higher body for the others. Each is one step: the document with its number
 * from the office's sequence, every recipient in the register (or on the submission's list),
 * and the nominations moved to "decided" / "submitted to the higher body" — or nothing at all.
 */
@Service
@Transactional(readOnly = true)
public class IssuingService {

    static final String ENTITY = "AwardRound";

    private final AwardRoundService rounds;
    private final NominationService nominations;
    private final AwardTypeService awardTypes;
    private final OwnDocumentService documents;
    private final NumberingService numbering;
    private final List<DecisionMeetingDate> meetingDates;
    private final AuditService audit;
    private final Clock clock;

    IssuingService(AwardRoundService rounds, NominationService nominations, AwardTypeService awardTypes,
            OwnDocumentService documents, NumberingService numbering, List<DecisionMeetingDate> meetingDates,
            AuditService audit, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.awardTypes = awardTypes;
        this.documents = documents;
        this.numbering = numbering;
        this.meetingDates = meetingDates;
        this.audit = audit;
        this.clock = clock;
    }

    /** A candidate of the round with its outcome so far and the money a decision dated as asked would give. */
    public record IssueCandidate(Long nominationId, long version, RecipientKind kind, Long personId, Long unitId,
            String name, String unitName, Long awardTypeId, String awardName, NominationStatus status,
            BigDecimal amount) {
    }

    /** The candidates of one award type, and whether this office decides it or forwards it. */
    public record IssueGroup(Long awardTypeId, String awardName, boolean ownDecision, String addressee,
            List<IssueCandidate> candidates) {

        public List<IssueCandidate> passed() {
            return candidates.stream().filter(c -> c.status() == NominationStatus.PASSED).toList();
        }
    }

    /** What the issuing screen shows for a round on a date. */
    public record IssuePlan(Long roundId, long roundVersion, String roundName, RoundStatus roundStatus,
            Long issuerUnitId, String issuer, LocalDate earliestDate, List<IssueGroup> groups, String nextDecision,
            String nextSubmission, List<SubmissionRecord> submissions, boolean roundDone) {

        public boolean issuable() {
            return roundStatus == RoundStatus.AT_COUNCIL;
        }
    }

    /** The secretary's draft: which passed candidates, and the document's date, signer and wording. */
    public record IssueDraft(Collection<Long> nominationIds, LocalDate date, String signerName, String signerTitle,
            String reason, String addressee) {
    }

    @Access.Secretary
    public IssuePlan plan(Long roundId, LocalDate date) {
        RoundDetails round = rounds.get(roundId);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        Map<Long, List<IssueCandidate>> byType = new LinkedHashMap<>();
        for (NominationRow n : nominations.candidates(roundId)) {
            if (n.status() == NominationStatus.ACCEPTED || n.status() == NominationStatus.NOT_PASSED) {
                continue;
            }
            BigDecimal amount = n.status() == NominationStatus.PASSED && ownDecision(round, types.get(n.awardTypeId()))
                    ? documents.money(n.awardTypeId(), n.kind(), on) : null;
            byType.computeIfAbsent(n.awardTypeId(), k -> new ArrayList<>()).add(candidate(n, amount));
        }
        List<IssueGroup> groups = new ArrayList<>();
        byType.forEach((typeId, list) -> {
            AwardTypeRecord type = types.get(typeId);
            groups.add(new IssueGroup(typeId, type.name(), ownDecision(round, type), addressee(round, type), list));
        });
        boolean done = nominations.candidates(roundId).stream().noneMatch(n -> n.status() == NominationStatus.ACCEPTED
                || n.status() == NominationStatus.PASSED);
        return new IssuePlan(round.id(), round.version(), round.name(), round.status(), round.officeUnitId(),
                round.office(), earliestDate(roundId), groups, next(round, DocumentKind.DECISION, on),
                next(round, DocumentKind.SUBMISSION, on), documents.submissionsOfRound(roundId), done);
    }

    /** Issues this office's decision for the chosen passed candidates: number, list, money, register, outcome. */
    @Access.Secretary
    @Transactional
    public DecisionDetails issueDecision(Long roundId, IssueDraft draft) {
        RoundDetails round = issuable(roundId);
        List<NominationRow> chosen = chosen(round, draft, false);
        LocalDate date = checkedDate(roundId, draft.date());
        DecisionDetails d = documents.issueDecision(new IssueForm(round.officeUnitId(), date, draft.signerName(),
                draft.signerTitle(), reason(round, draft.reason()), round.yearFrom(), round.yearTo(),
                round.movementId(), null, null, null, round.id(), lines(chosen)));
        nominations.recordIssued(ids(chosen), false, "Quyết định số " + d.docNumber() + " ngày " + Formats.date(date));
        audit.record(ENTITY, round.id(), "ISSUE_DECISION", round.name() + ": quyết định số " + d.docNumber()
                + " ngày " + Formats.date(date) + ", " + chosen.size() + " người/tập thể được khen");
        return d;
    }

    /** Issues the tờ trình asking the higher body to decide the chosen passed candidates. */
    @Access.Secretary
    @Transactional
    public SubmissionRecord forward(Long roundId, IssueDraft draft) {
        RoundDetails round = issuable(roundId);
        List<NominationRow> chosen = chosen(round, draft, true);
        LocalDate date = checkedDate(roundId, draft.date());
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        String addressee = draft.addressee() == null || draft.addressee().isBlank()
                ? addressee(round, types.get(chosen.getFirst().awardTypeId())) : draft.addressee();
        String awards = chosen.stream().map(NominationRow::awardName).distinct().collect(Collectors.joining(", "));
        SubmissionRecord s = documents.issueSubmission(new IssueForm(round.officeUnitId(), date, draft.signerName(),
                draft.signerTitle(), reason(round, draft.reason()), round.yearFrom(), round.yearTo(),
                round.movementId(), addressee, round.higherBodyUnitId(),
                "Về việc đề nghị tặng " + awards + " " + years(round), round.id(), lines(chosen)));
        nominations.recordIssued(ids(chosen), true, "Tờ trình số " + s.docNumber() + " ngày " + Formats.date(date));
        audit.record(ENTITY, round.id(), "FORWARD", round.name() + ": tờ trình số " + s.docNumber() + " ngày "
                + Formats.date(date) + " gửi " + addressee + ", " + chosen.size() + " đề nghị");
        return s;
    }

    /**
     * This office decides an award itself when its own council decides the round and the award is
     * conferred by the head of an office (cơ sở level); anything higher goes to the body above.
     */
    static boolean ownDecision(RoundDetails round, AwardTypeRecord type) {
        return round.decidingBody() == DecidingBody.OWN_COUNCIL && type.level() == AwardLevel.BASE;
    }

    private static String addressee(RoundDetails round, AwardTypeRecord type) {
        if (round.decidingBody() == DecidingBody.HIGHER_BODY && round.higherBody() != null) {
            return round.higherBody();
        }
        return type.conferringAuthority();
    }

    private RoundDetails issuable(Long roundId) {
        RoundDetails round = rounds.get(Checks.required(roundId, "round"));
        if (round.status() != RoundStatus.AT_COUNCIL) {
            throw new BusinessException("error.issuing.roundNotAtCouncil", round.name(),
                    AuditText.label(round.status()));
        }
        return round;
    }

    /** The chosen nominations in list order; each must have passed the council and belong to this kind of document. */
    private List<NominationRow> chosen(RoundDetails round, IssueDraft draft, boolean forwarded) {
        Set<Long> ids = Set.copyOf(Checks.required(draft.nominationIds(), "nominations"));
        if (ids.isEmpty()) {
            throw BusinessException.onField("nominations", "error.issuing.nothingChosen");
        }
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        List<NominationRow> all = nominations.candidates(round.id());
        List<NominationRow> chosen = all.stream().filter(n -> ids.contains(n.id())).toList();
        if (chosen.size() != ids.size()) {
            throw new BusinessException("error.issuing.notInRound", round.name());
        }
        for (NominationRow n : chosen) {
            if (n.status() == NominationStatus.DECIDED || n.status() == NominationStatus.FORWARDED) {
                throw new BusinessException("error.issuing.alreadyIssued", n.recipientName(), n.awardName(),
                        AuditText.label(n.status()));
            }
            if (n.status() != NominationStatus.PASSED) {
                throw new BusinessException("error.issuing.notPassed", n.recipientName(), n.awardName(),
                        AuditText.label(n.status()));
            }
            boolean own = ownDecision(round, types.get(n.awardTypeId()));
            if (own == forwarded) {
                throw new BusinessException(own ? "error.issuing.ownAward" : "error.issuing.higherAward",
                        n.awardName());
            }
        }
        return chosen;
    }

    private LocalDate checkedDate(Long roundId, LocalDate date) {
        LocalDate d = Checks.required(date, "decisionDate");
        if (d.isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("decisionDate", "error.decision.futureDate");
        }
        LocalDate meeting = earliestDate(roundId);
        if (meeting != null && d.isBefore(meeting)) {
            throw BusinessException.onField("decisionDate", "error.issuing.beforeMeeting", Formats.date(d),
                    Formats.date(meeting));
        }
        return d;
    }

    private LocalDate earliestDate(Long roundId) {
        return meetingDates.stream().map(m -> m.of(roundId)).flatMap(Optional::stream).max(LocalDate::compareTo)
                .orElse(null);
    }

    private String next(RoundDetails round, DocumentKind kind, LocalDate date) {
        return numbering.nextNumber(round.officeUnitId(), kind, date).orElse(null);
    }

    private static String reason(RoundDetails round, String typed) {
        String text = VietnameseText.clean(typed);
        return text == null || text.isBlank() ? "Đã có thành tích xuất sắc trong công tác " + years(round) : text;
    }

    private static String years(RoundDetails round) {
        return round.yearFrom() == round.yearTo() ? "năm " + round.yearTo()
                : "giai đoạn " + round.yearFrom() + "–" + round.yearTo();
    }

    private static List<IssuedLine> lines(List<NominationRow> chosen) {
        return chosen.stream().map(n -> new IssuedLine(n.kind(), n.personId(),
                n.kind() == RecipientKind.COLLECTIVE ? n.recipientUnitId() : null, n.awardTypeId(), null, null,
                n.id())).toList();
    }

    private static List<Long> ids(List<NominationRow> chosen) {
        return chosen.stream().map(NominationRow::id).filter(Objects::nonNull).toList();
    }

    private static IssueCandidate candidate(NominationRow n, BigDecimal amount) {
        return new IssueCandidate(n.id(), n.version(), n.kind(), n.personId(), n.recipientUnitId(),
                n.recipientName(), n.unitName(), n.awardTypeId(), n.awardName(), n.status(), amount);
    }
}

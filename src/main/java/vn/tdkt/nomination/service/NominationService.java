package vn.tdkt.nomination.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.ChangeSet;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.document.service.FileService;
import vn.tdkt.nomination.domain.AchievementReport;
import vn.tdkt.nomination.domain.AwardRound;
import vn.tdkt.nomination.domain.AwardRoundRepository;
import vn.tdkt.nomination.domain.Evidence;
import vn.tdkt.nomination.domain.EvidenceKind;
import vn.tdkt.nomination.domain.Nomination;
import vn.tdkt.nomination.domain.NominationRepository;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.domain.UnitMeeting;
import vn.tdkt.nomination.domain.eligibility.Check;
import vn.tdkt.nomination.domain.eligibility.Checklist;
import vn.tdkt.nomination.domain.eligibility.Criterion;
import vn.tdkt.nomination.domain.eligibility.Verdict;
import vn.tdkt.nomination.domain.eligibility.Waiver;
import vn.tdkt.nomination.service.EligibilityService.Subject;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService;

/**
 * Hồ sơ đề nghị khen thưởng. A unit officer drafts the unit's proposals in an open round and
 * submits them; the secretary reviews each (accepts, returns for supplement, rejects) and may
 * waive a criterion with a reason. An officer reads and writes only their own unit's
 * nominations (checked here, whatever the screen asks); the council reads what was submitted.
 */
@Service
@Transactional(readOnly = true)
public class NominationService implements RoundContents {

    static final String ENTITY = "Nomination";

    private final NominationRepository nominations;
    private final AwardRoundRepository rounds;
    private final EligibilityService eligibility;
    private final AwardTypeService awardTypes;
    private final PersonService people;
    private final UnitService units;
    private final FileService files;
    private final AuditService audit;
    private final Clock clock;

    public NominationService(NominationRepository nominations, AwardRoundRepository rounds,
            EligibilityService eligibility, AwardTypeService awardTypes, PersonService people, UnitService units,
            FileService files, AuditService audit, Clock clock) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.eligibility = eligibility;
        this.awardTypes = awardTypes;
        this.people = people;
        this.units = units;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** A record picked as evidence: an initiative, an award or a rating, by id. */
    public record EvidencePick(EvidenceKind kind, Long refId, String label) {
    }

    /** What the officer's form holds. {@code id} null: a new nomination. */
    public record NominationForm(Long id, long version, Long roundId, Long unitId, RecipientKind kind, Long personId,
            Long recipientUnitId, Long awardTypeId, String summary, AchievementReport report, UnitMeeting meeting,
            List<EvidencePick> evidence) {
    }

    /** One line of a round's list of nominations. */
    public record NominationRow(Long id, long version, Long roundId, Long unitId, String unitName, RecipientKind kind,
            Long personId, Long recipientUnitId, String recipientName, Long awardTypeId, String awardName,
            int awardPrecedence, int year, NominationStatus status, int revision, Verdict verdict,
            Instant submittedAt, String reviewComment, String summary) {
    }

    public record StepRecord(NominationStatus from, NominationStatus to, Instant at, String by, String comment) {
    }

    public record RevisionRecord(int revision, String awardName, String summary, AchievementReport report,
            String evidence, UnitMeeting meeting, Instant submittedAt, String submittedBy) {
    }

    public record WaiverRecord(Criterion criterion, String reason, String by, Instant at) {
    }

    /** What the user may do with a nomination now. */
    public record NominationRights(boolean edit, boolean submit, boolean review, boolean delete) {
    }

    public record NominationDetails(NominationRow row, String summary, AchievementReport report, UnitMeeting meeting,
            List<EvidencePick> evidence, Checklist checklist, List<WaiverRecord> waivers, List<StepRecord> steps,
            List<RevisionRecord> revisions, NominationRights rights, String modifiedBy, Instant modifiedAt) {
    }

    @Override
    @Access.Unsecured("called by AwardRoundService inside its secured delete")
    public long countIn(Long roundId) {
        return nominations.countByRoundId(roundId);
    }

    /** The list is published only once every submitted nomination has been reviewed. */
    @Override
    @Access.Unsecured("called by AwardRoundService inside its secured step")
    public void checkStep(Long roundId, RoundStatus to) {
        long waiting = nominations.countByRoundIdAndStatus(roundId, NominationStatus.SUBMITTED);
        if (to == RoundStatus.PUBLISHED && waiting > 0) {
            throw new BusinessException("error.round.awaitingReview", waiting);
        }
    }

    /**
     * The nominations of a round the user may see: an officer their own unit's (with its sub-units),
     * the secretary all, a council member those submitted. {@code unitId} narrows to one unit.
     */
    @Access.CouncilOrUnitOfficer
    public List<NominationRow> list(Long roundId, Long unitId) {
        AwardRound round = round(roundId);
        List<Nomination> found;
        Long own = officerUnit();
        if (own != null) {
            Long scope = unitId != null && units.isWithin(unitId, own) ? unitId : own;
            found = nominations.findByRoundIdAndUnitIdInOrderByIdAsc(round.getId(), subtreeIds(scope));
        } else if (unitId != null) {
            found = nominations.findByRoundIdAndUnitIdInOrderByIdAsc(round.getId(), subtreeIds(unitId));
        } else {
            found = nominations.findByRoundIdOrderByIdAsc(round.getId());
        }
        if (!CurrentUser.organiser() && own == null) {
            found = found.stream().filter(n -> n.getStatus() != NominationStatus.DRAFT).toList();
        }
        return rows(found);
    }

    @Access.CouncilOrUnitOfficer
    public NominationDetails get(Long id) {
        Nomination n = readable(id);
        return details(n);
    }

    /** The checklist of a form not yet saved: the officer sees it while choosing the person and award. */
    @Access.CouncilOrUnitOfficer
    public Checklist preview(NominationForm form) {
        AwardRound round = round(form.roundId());
        Long unitId = writableUnit(Checks.required(form.unitId(), "unit"));
        RecipientKind kind = Checks.required(form.kind(), "recipientKind");
        AwardTypeRecord type = awardType(round, form.awardTypeId(), kind);
        Long subjectUnit = kind == RecipientKind.INDIVIDUAL ? unitId : recipientUnit(form, unitId);
        return eligibility.evaluate(new Subject(kind, kind == RecipientKind.INDIVIDUAL ? person(form, unitId) : null,
                subjectUnit, type.id(), round.getYearTo(), form.id()));
    }

    /**
     * Creates or changes a nomination while it is the unit's: a draft, or one returned for
     * supplement. A new one needs the round receiving and its deadline not passed.
     */
    @Access.CouncilOrUnitOfficer
    @Transactional
    public NominationDetails save(NominationForm form) {
        AwardRound round = round(form.roundId());
        LocalDate today = LocalDate.now(clock);
        Nomination n;
        ChangeSet changes = new ChangeSet();
        if (form.id() == null) {
            Long unitId = writableUnit(Checks.required(form.unitId(), "unit"));
            if (!round.receivesOn(today)) {
                throw new BusinessException("error.nomination.roundClosed", round.getName(),
                        Formats.date(round.getSubmissionDeadline()));
            }
            if (!units.isWithin(unitId, round.getOfficeUnitId()) || !inScope(round, unitId)) {
                throw BusinessException.onField("unit", "error.nomination.unitNotInRound",
                        units.option(unitId).fullName());
            }
            RecipientKind kind = Checks.required(form.kind(), "recipientKind");
            AwardTypeRecord type = awardType(round, form.awardTypeId(), kind);
            Long personId = kind == RecipientKind.INDIVIDUAL ? person(form, unitId) : null;
            Long recipientUnit = kind == RecipientKind.COLLECTIVE ? recipientUnit(form, unitId) : null;
            String name = kind == RecipientKind.INDIVIDUAL ? people.get(personId).fullName()
                    : units.option(recipientUnit).fullName();
            duplicate(round, kind, personId, recipientUnit, type, null);
            n = new Nomination(round.getId(), unitId, kind, personId, recipientUnit, name, type.id(),
                    round.getYearTo());
        } else {
            n = forChange(form.id(), form.version());
            writableUnit(n.getUnitId());
            if (!n.getStatus().editableByUnit()) {
                throw new BusinessException("error.nomination.notEditable", n.getRecipientName());
            }
            AwardTypeRecord type = awardType(round, form.awardTypeId(), n.getKind());
            if (!type.id().equals(n.getAwardTypeId())) {
                duplicate(round, n.getKind(), n.getPersonId(), n.getRecipientUnitId(), type, n.getId());
                changes.field("awardType", awardTypes.get(n.getAwardTypeId()).name(), type.name());
                n.setAwardTypeId(type.id());
            }
        }
        String summary = Checks.maxLength(VietnameseText.clean(form.summary()), 1000, "achievementSummary");
        AchievementReport report = report(form.report());
        UnitMeeting meeting = meeting(form.meeting(), today);
        List<Evidence> evidence = evidence(form.evidence());
        changes.field("summary", n.getSummary(), summary)
                .field("report", outline(n.getReport()), outline(report))
                .field("meeting", text(n.getMeeting()), text(meeting))
                .field("evidence", labels(n.getEvidence()), labels(evidence));
        n.setSummary(summary);
        n.setReport(report);
        n.setMeeting(meeting);
        n.setEvidence(evidence);
        try {
            nominations.saveAndFlush(n);
        } catch (DataIntegrityViolationException race) {
            throw new BusinessException("error.nomination.duplicate", n.getRecipientName(), round.getName(),
                    awardTypes.get(n.getAwardTypeId()).name());
        }
        audit.record(ENTITY, n.getId(), form.id() == null ? "CREATE" : "UPDATE",
                form.id() == null ? n.getRecipientName() + " — " + awardTypes.get(n.getAwardTypeId()).name()
                        : n.getRecipientName() + ": " + changes);
        return details(n);
    }

    /** Deletes a draft never submitted. */
    @Access.CouncilOrUnitOfficer
    @Transactional
    public void delete(Long id, long version) {
        Nomination n = forChange(id, version);
        writableUnit(n.getUnitId());
        if (n.getStatus() != NominationStatus.DRAFT) {
            throw new BusinessException("error.nomination.deleteSubmitted", n.getRecipientName());
        }
        nominations.delete(n);
        nominations.flush();
        audit.record(ENTITY, id, "DELETE", n.getRecipientName());
    }

    /**
     * Submits a draft (while the round receives and before its deadline) or a returned
     * nomination (while the round is still under review). Refused while a mandatory criterion
     * fails and the secretary has not waived it, or without a summary and a report.
     */
    @Access.CouncilOrUnitOfficer
    @Transactional
    public NominationDetails submit(Long id, long version) {
        Nomination n = forChange(id, version);
        writableUnit(n.getUnitId());
        AwardRound round = round(n.getRoundId());
        LocalDate today = LocalDate.now(clock);
        if (!n.getStatus().next().contains(NominationStatus.SUBMITTED)) {
            throw new BusinessException("error.nomination.step", n.getStatus(), NominationStatus.SUBMITTED);
        }
        if (n.getStatus() == NominationStatus.DRAFT && !round.receivesOn(today)) {
            throw new BusinessException("error.nomination.roundClosed", round.getName(),
                    Formats.date(round.getSubmissionDeadline()));
        }
        if (n.getStatus() == NominationStatus.RETURNED && round.getStatus() != RoundStatus.OPEN
                && round.getStatus() != RoundStatus.REVIEWING) {
            throw new BusinessException("error.nomination.reviewOver", round.getName());
        }
        if (n.getSummary() == null || n.getSummary().isBlank()) {
            throw BusinessException.onField("achievementSummary", "error.nomination.summaryMissing");
        }
        if (!n.getReport().isPresent()) {
            throw BusinessException.onField("report", "error.nomination.reportMissing");
        }
        Checklist checklist = eligibility.evaluate(Subject.of(n));
        List<Waiver> waivers = waivers(n);
        if (!checklist.submittable(waivers)) {
            throw blocked(n, checklist, waivers);
        }
        n.moveTo(NominationStatus.SUBMITTED, clock.instant(), user(), null);
        nominations.saveAndFlush(n);
        audit.record(ENTITY, id, "SUBMIT", n.getRecipientName() + " (" + n.getRevision() + ")");
        return details(n);
    }

    /**
     * The secretary's review of a submitted nomination: accept (nothing mandatory failing unless
     * waived), return for supplement or reject (both with a comment).
     */
    @Access.Secretary
    @Transactional
    public NominationDetails review(Long id, long version, NominationStatus to, String comment) {
        Nomination n = forChange(id, version);
        AwardRound round = round(n.getRoundId());
        if (!n.getStatus().next().contains(Checks.required(to, "status"))
                || !Set.of(NominationStatus.RETURNED, NominationStatus.ACCEPTED, NominationStatus.REJECTED).contains(to)) {
            throw new BusinessException("error.nomination.step", n.getStatus(), to);
        }
        if (round.getStatus() != RoundStatus.OPEN && round.getStatus() != RoundStatus.REVIEWING) {
            throw new BusinessException("error.nomination.reviewOver", round.getName());
        }
        String text = Checks.maxLength(VietnameseText.clean(comment), 1000, "reviewComment");
        if (to != NominationStatus.ACCEPTED && (text == null || text.isBlank())) {
            throw BusinessException.onField("reviewComment", "error.nomination.commentRequired");
        }
        if (to == NominationStatus.ACCEPTED) {
            Checklist checklist = eligibility.evaluate(Subject.of(n));
            List<Waiver> waivers = waivers(n);
            if (!checklist.submittable(waivers)) {
                throw blocked(n, checklist, waivers);
            }
        }
        n.moveTo(to, clock.instant(), user(), text);
        nominations.saveAndFlush(n);
        String action = switch (to) {
            case ACCEPTED -> "ACCEPT";
            case RETURNED -> "RETURN";
            default -> "REJECT";
        };
        audit.record(ENTITY, id, action, n.getRecipientName() + (text == null ? "" : ": " + text));
        return details(n);
    }

    /** The secretary lets a failed or unconfirmed criterion pass, with the reason (or takes it back: reason null). */
    @Access.Secretary
    @Transactional
    public NominationDetails waive(Long id, long version, Criterion criterion, String reason) {
        Nomination n = forChange(id, version);
        Checks.required(criterion, "criterion");
        if (n.getStatus().reviewed()) {
            throw new BusinessException("error.nomination.reviewed", n.getRecipientName());
        }
        String text = Checks.maxLength(VietnameseText.clean(reason), 1000, "waiverReason");
        if (text == null || text.isBlank()) {
            if (!n.unwaive(criterion)) {
                throw BusinessException.onField("waiverReason", "error.nomination.waiverReason");
            }
            audit.record(ENTITY, id, "UNWAIVE", n.getRecipientName() + ": " + AuditText.label(criterion));
        } else {
            n.waive(criterion, text, user(), clock.instant());
            audit.record(ENTITY, id, "WAIVE", n.getRecipientName() + ": " + AuditText.label(criterion) + " — " + text);
        }
        nominations.saveAndFlush(n);
        return details(n);
    }

    /** The candidate list (accepted nominations) as the public and the council see it, in list order. */
    @Access.Authenticated
    public List<NominationRow> candidates(Long roundId) {
        AwardRound round = round(roundId);
        if (!round.getStatus().isPublic() && !CurrentUser.organiser()) {
            throw new BusinessException("error.nomination.notPublished", round.getName());
        }
        return listOrder(rows(nominations.findByRoundIdAndStatusIn(roundId, NominationStatus.candidates()),
                false));
    }

    /**
     * The council's verdict on accepted nominations: passed or not (from the ballot's locked
     * result or the meeting's conclusion). The council's own service checks the meeting and the
     * votes; this only moves the dossiers and records it.
     */
    @Access.Council
    @Transactional
    public void recordCouncilVerdict(Collection<Long> ids, boolean passed, String note) {
        advance(ids, passed ? NominationStatus.PASSED : NominationStatus.NOT_PASSED,
                passed ? "COUNCIL_PASS" : "COUNCIL_FAIL", note);
    }

    /** Passed nominations that this office's decision awarded, or that went to the higher body that decides them. */
    @Access.Secretary
    @Transactional
    public void recordIssued(Collection<Long> ids, boolean forwarded, String note) {
        advance(ids, forwarded ? NominationStatus.FORWARDED : NominationStatus.DECIDED,
                forwarded ? "FORWARD" : "DECIDE", note);
    }

    private void advance(Collection<Long> ids, NominationStatus to, String action, String note) {
        String text = Checks.maxLength(VietnameseText.clean(note), 1000, "note");
        List<Nomination> list = nominations.findAllById(ids);
        if (list.size() != Set.copyOf(ids).size()) {
            throw new BusinessException("error.notFound");
        }
        for (Nomination n : list) {
            if (!n.getStatus().next().contains(to)) {
                throw new BusinessException("error.nomination.step", n.getStatus(), to);
            }
            n.moveTo(to, clock.instant(), user(), text);
            audit.record(ENTITY, n.getId(), action, n.getRecipientName() + (text == null ? "" : ": " + text));
        }
        nominations.flush();
    }

    /** Collectives first, then people; by unit in organisation order, then rank of the award, then name. */
    List<NominationRow> listOrder(List<NominationRow> rows) {
        Map<Long, String> paths = units.paths();
        // The rank of each person's position in the proposing unit: one query for all the units.
        Map<Long, List<PersonService.StaffMember>> staff = people.staffOfUnits(rows.stream()
                .filter(r -> r.personId() != null).map(NominationRow::unitId).collect(Collectors.toSet()));
        Map<Long, Integer> ranks = new HashMap<>();
        rows.stream().filter(r -> r.personId() != null).forEach(r -> ranks.put(r.personId(), staff
                .getOrDefault(r.unitId(), List.of()).stream().filter(m -> m.personId().equals(r.personId()))
                .findFirst().map(PersonService.StaffMember::rank).orElse(Integer.MAX_VALUE)));
        return rows.stream().sorted(Comparator
                .comparing((NominationRow r) -> r.kind() == RecipientKind.INDIVIDUAL)
                .thenComparing(r -> r.awardPrecedence())
                .thenComparing(r -> paths.getOrDefault(r.unitId(), ""))
                .thenComparing(r -> r.personId() == null ? 0 : ranks.getOrDefault(r.personId(), Integer.MAX_VALUE))
                .thenComparing(r -> VietnameseText.personSortKey(r.recipientName())))
                .toList();
    }

    // --- internals

    List<NominationRow> rows(List<Nomination> list) {
        return rows(list, true);
    }

    /** {@code judged}: with each verdict (a public list shows none: staff do not read the records behind it). */
    private List<NominationRow> rows(List<Nomination> list, boolean judged) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        Map<Long, String> unitNames = units.fullNames(list.stream().map(Nomination::getUnitId)
                .collect(Collectors.toSet()));
        Map<Subject, Checklist> checks = judged ? eligibility.evaluateAll(EligibilityService.subjects(list))
                : Map.of();
        return list.stream().map(n -> row(n, types.get(n.getAwardTypeId()), unitNames.get(n.getUnitId()),
                judged ? checks.get(Subject.of(n)).verdict(waivers(n)) : null)).toList();
    }

    private static NominationRow row(Nomination n, AwardTypeRecord type, String unitName, Verdict verdict) {
        return new NominationRow(n.getId(), n.getVersion(), n.getRoundId(), n.getUnitId(), unitName, n.getKind(),
                n.getPersonId(), n.getRecipientUnitId(), n.getRecipientName(), n.getAwardTypeId(), type.name(),
                type.precedence(), n.getAchievementYear(), n.getStatus(), n.getRevision(), verdict,
                n.getSubmittedAt(), n.getReviewComment(), n.getSummary());
    }

    private NominationDetails details(Nomination n) {
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        AwardTypeRecord type = types.get(n.getAwardTypeId());
        Checklist checklist = eligibility.evaluate(Subject.of(n));
        List<Waiver> waivers = waivers(n);
        NominationRow row = row(n, type, units.option(n.getUnitId()).fullName(), checklist.verdict(waivers));
        AwardRound round = round(n.getRoundId());
        boolean mine = mayWrite(n.getUnitId());
        boolean reviewing = round.getStatus() == RoundStatus.OPEN || round.getStatus() == RoundStatus.REVIEWING;
        NominationRights rights = new NominationRights(mine && n.getStatus().editableByUnit(),
                mine && n.getStatus().editableByUnit() && (n.getStatus() == NominationStatus.RETURNED ? reviewing
                        : round.receivesOn(LocalDate.now(clock))),
                CurrentUser.organiser() && n.getStatus() == NominationStatus.SUBMITTED && reviewing,
                mine && n.getStatus() == NominationStatus.DRAFT);
        return new NominationDetails(row, n.getSummary(), n.getReport(), n.getMeeting(),
                n.getEvidence().stream().map(e -> new EvidencePick(e.getKind(), e.getRefId(), e.getLabel())).toList(),
                checklist,
                n.getWaivers().stream().map(w -> new WaiverRecord(w.getCriterion(), w.getReason(), w.getGrantedBy(),
                        w.getGrantedAt())).toList(),
                n.getSteps().stream().map(s -> new StepRecord(s.getFromStatus(), s.getToStatus(), s.getHappenedAt(),
                        s.getActor(), s.getComment())).toList(),
                n.getRevisions().stream().map(r -> new RevisionRecord(r.getRevision(),
                        types.get(r.getAwardTypeId()).name(), r.getSummary(), r.getReport(), r.getEvidence(),
                        r.getMeeting(), r.getSubmittedAt(), r.getSubmittedBy())).toList(),
                rights, n.getModifiedBy(), n.getModifiedAt());
    }

    private static List<Waiver> waivers(Nomination n) {
        return n.getWaivers().stream().map(w -> new Waiver(w.getCriterion(), w.getReason())).toList();
    }

    /** Refused: the first mandatory criterion failing and not waived, and how many fail in all. */
    private static BusinessException blocked(Nomination n, Checklist checklist, List<Waiver> waivers) {
        Set<Criterion> waived = waivers.stream().map(Waiver::criterion).collect(Collectors.toSet());
        List<Criterion> failing = checklist.checks().stream().filter(c -> !waived.contains(c.criterion()))
                .filter(Check::blocks).map(Check::criterion).toList();
        return new BusinessException("error.nomination.blocked", n.getRecipientName(), failing.getFirst(),
                failing.size());
    }

    private Nomination forChange(Long id, long version) {
        Nomination n = nominations.findById(Checks.required(id, "id"))
                .orElseThrow(() -> new BusinessException("error.notFound"));
        readableCheck(n);
        if (n.getVersion() != version) {
            // Who changed it and when: the form keeps the user's input so they can compare and save again.
            throw new BusinessException("error.nomination.changedBy", n.getModifiedBy(),
                    Formats.DATE_TIME.format(n.getModifiedAt().atZone(PersistenceConfig.ZONE)));
        }
        return n;
    }

    private Nomination readable(Long id) {
        Nomination n = nominations.findById(Checks.required(id, "id"))
                .orElseThrow(() -> new BusinessException("error.notFound"));
        readableCheck(n);
        return n;
    }

    /** An officer reads their own unit's; a council member what was submitted; the secretary everything. */
    private void readableCheck(Nomination n) {
        if (CurrentUser.organiser()) {
            return;
        }
        Long own = officerUnit();
        if (own != null) {
            if (!units.isWithin(n.getUnitId(), own)) {
                throw new AccessDeniedException("A unit officer reads only their own unit's nominations");
            }
            return;
        }
        if (n.getStatus() == NominationStatus.DRAFT) {
            throw new AccessDeniedException("Drafts belong to their unit");
        }
    }

    /** The unit the user may write for: an officer their own unit or a sub-unit; the secretary any. */
    private Long writableUnit(Long unitId) {
        if (!mayWrite(unitId)) {
            throw new AccessDeniedException("A unit officer proposes only for their own unit");
        }
        return unitId;
    }

    private boolean mayWrite(Long unitId) {
        if (CurrentUser.organiser()) {
            return true;
        }
        Long own = officerUnit();
        return own != null && units.isWithin(unitId, own);
    }

    /** The unit of a user who is a unit officer and not an organiser; null otherwise. */
    private static Long officerUnit() {
        if (CurrentUser.organiser() || !CurrentUser.hasRole(Role.UNIT_OFFICER)) {
            return null;
        }
        return CurrentUser.unitId().orElse(-1L);
    }


    private List<Long> subtreeIds(Long unitId) {
        return units.subtree(List.of(unitId)).stream().map(UnitService.UnitOption::id).toList();
    }

    private boolean inScope(AwardRound round, Long unitId) {
        return round.getScopeUnitIds().stream().anyMatch(s -> units.isWithin(unitId, s));
    }

    private AwardRound round(Long roundId) {
        return rounds.findById(Checks.required(roundId, "round"))
                .orElseThrow(() -> new BusinessException("error.notFound"));
    }

    private AwardTypeRecord awardType(AwardRound round, Long awardTypeId, RecipientKind kind) {
        AwardTypeRecord type = awardTypes.get(Checks.required(awardTypeId, "awardType"));
        if (!round.getAwardTypeIds().contains(type.id())) {
            throw BusinessException.onField("awardType", "error.nomination.awardNotInRound", type.name(),
                    round.getName());
        }
        if (!type.recipientKind().allows(kind)) {
            throw BusinessException.onField("awardType", kind == RecipientKind.INDIVIDUAL
                    ? "error.nomination.awardNotForPerson" : "error.nomination.awardNotForCollective", type.name());
        }
        return type;
    }

    private Long person(NominationForm form, Long unitId) {
        Long personId = Checks.required(form.personId(), "person");
        Long current = people.currentUnitOf(personId);
        if (current == null || !units.isWithin(current, unitId)) {
            throw BusinessException.onField("person", "error.nomination.personNotInUnit",
                    people.get(personId).fullName(), units.option(unitId).fullName());
        }
        return personId;
    }

    private Long recipientUnit(NominationForm form, Long unitId) {
        Long recipient = form.recipientUnitId() == null ? unitId : form.recipientUnitId();
        if (!units.isWithin(recipient, unitId)) {
            throw BusinessException.onField("recipientUnit", "error.nomination.collectiveNotInUnit",
                    units.option(recipient).fullName());
        }
        return recipient;
    }

    private void duplicate(AwardRound round, RecipientKind kind, Long personId, Long recipientUnit,
            AwardTypeRecord type, Long self) {
        nominations.findByRoundIdAndSubjectKey(round.getId(),
                Nomination.subjectKey(kind, personId, recipientUnit, type.id()))
                .filter(other -> !other.getId().equals(self))
                .ifPresent(other -> {
                    throw BusinessException.onField(kind == RecipientKind.INDIVIDUAL ? "person" : "recipientUnit",
                            "error.nomination.duplicate", other.getRecipientName(), round.getName(), type.name());
                });
    }

    private static AchievementReport report(AchievementReport r) {
        if (r == null) {
            return AchievementReport.EMPTY;
        }
        return new AchievementReport(Checks.maxLength(VietnameseText.clean(r.duties()), 4000, "reportDuties"),
                Checks.maxLength(VietnameseText.clean(r.achievements()), 4000, "reportAchievements"),
                Checks.maxLength(VietnameseText.clean(r.measures()), 4000, "reportMeasures"), r.fileId());
    }

    private UnitMeeting meeting(UnitMeeting m, LocalDate today) {
        if (m == null) {
            return UnitMeeting.NONE;
        }
        if (m.date() != null && m.date().isAfter(today)) {
            throw BusinessException.onField("meetingDate", "error.nomination.meetingInFuture");
        }
        if (m.votesTotal() != null && m.votesTotal() <= 0 || m.votesFor() != null && m.votesFor() < 0) {
            throw BusinessException.onField("votesTotal", "error.nomination.votes");
        }
        if (m.votesFor() != null && m.votesTotal() != null && m.votesFor() > m.votesTotal()) {
            throw BusinessException.onField("votesFor", "error.nomination.votesOverTotal", m.votesFor(),
                    m.votesTotal());
        }
        if (m.minutesFileId() != null) {
            files.describe(m.minutesFileId());
        }
        return m;
    }

    private static List<Evidence> evidence(List<EvidencePick> picks) {
        List<Evidence> out = new ArrayList<>();
        if (picks != null) {
            picks.stream().distinct().forEach(p -> out.add(new Evidence(Checks.required(p.kind(), "evidence"),
                    Checks.required(p.refId(), "evidence"),
                    Checks.maxLength(Checks.required(VietnameseText.clean(p.label()), "evidence"), 500,
                            "evidence"))));
        }
        return out;
    }

    private static String labels(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::getLabel).collect(Collectors.joining("; "));
    }

    private static String text(UnitMeeting m) {
        return m.date() == null ? "" : Formats.date(m.date()) + " " + m.votesFor() + "/" + m.votesTotal();
    }

    /** How long each section is and which file: enough for the audit to show what changed. */
    private static String outline(AchievementReport r) {
        return "II.1 " + length(r.duties()) + ", II.2 " + length(r.achievements()) + ", II.3 " + length(r.measures())
                + (r.fileId() == null ? "" : ", #" + r.fileId());
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String user() {
        return CurrentUser.username().orElse("?");
    }
}

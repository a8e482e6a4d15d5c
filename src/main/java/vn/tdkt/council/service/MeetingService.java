package vn.tdkt.council.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.Entities;
import vn.tdkt.base.service.Formats;
import vn.tdkt.catalog.domain.VoteRule;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.AwardTypeService.RuleRecord;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.AttendanceRepository;
import vn.tdkt.council.domain.Ballot;
import vn.tdkt.council.domain.BallotRepository;
import vn.tdkt.council.domain.BallotStatus;
import vn.tdkt.council.domain.Conclusion;
import vn.tdkt.council.domain.ConclusionRepository;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMeeting;
import vn.tdkt.council.domain.CouncilMeetingRepository;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.MeetingStatus;
import vn.tdkt.council.domain.WrittenOpinion;
import vn.tdkt.council.domain.WrittenOpinionRepository;
import vn.tdkt.council.service.BallotRecords.BallotResult;
import vn.tdkt.council.service.MeetingRecords.AgendaGroup;
import vn.tdkt.council.service.MeetingRecords.AgendaItem;
import vn.tdkt.council.service.MeetingRecords.AttendanceRecord;
import vn.tdkt.council.service.MeetingRecords.ConclusionRecord;
import vn.tdkt.council.service.MeetingRecords.MeetingDetails;
import vn.tdkt.council.service.MeetingRecords.MeetingRow;
import vn.tdkt.council.service.MeetingRecords.OpinionRecord;
import vn.tdkt.council.service.MeetingRecords.ScheduleForm;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.nomination.service.NominationService.NominationRow;

/**
 * Council meetings (phiên họp) on an award round at council: the roster in force on the
 * meeting date is copied as the attendance list, the secretary marks who is absent, records
 * their written opinions, opens the ballots (see {@link BallotService}), records the
 * conclusion on awards decided without a ballot, and closes the meeting.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    static final String ENTITY = "CouncilMeeting";

    private final CouncilMeetingRepository meetings;
    private final AttendanceRepository attendance;
    private final WrittenOpinionRepository opinions;
    private final ConclusionRepository conclusions;
    private final BallotRepository ballotRows;
    private final BallotService ballots;
    private final CouncilService councils;
    private final AwardRoundService rounds;
    private final NominationService nominations;
    private final AwardTypeService awardTypes;
    private final AuditService audit;

    public MeetingService(CouncilMeetingRepository meetings, AttendanceRepository attendance,
            WrittenOpinionRepository opinions, ConclusionRepository conclusions, BallotRepository ballotRows,
            BallotService ballots, CouncilService councils, AwardRoundService rounds, NominationService nominations,
            AwardTypeService awardTypes, AuditService audit) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.opinions = opinions;
        this.conclusions = conclusions;
        this.ballotRows = ballotRows;
        this.ballots = ballots;
        this.councils = councils;
        this.rounds = rounds;
        this.nominations = nominations;
        this.awardTypes = awardTypes;
        this.audit = audit;
    }

    @Access.Council
    public List<MeetingRow> page(int offset, int limit) {
        int size = Math.max(1, limit);
        return meetings.findAllByOrderByMeetingDateDescIdDesc(PageRequest.of(offset / size, size)).stream()
                .map(m -> new MeetingRow(m.getId(), m.getRoundId(), rounds.get(m.getRoundId()).name(),
                        councils.council(m.getCouncilId()).getName(), m.getMeetingDate(), m.getPlace(),
                        m.getStatus()))
                .toList();
    }

    @Access.Council
    public long count() {
        return meetings.count();
    }

    /** Schedules a meeting on a round at council; its attendance list is the roster in force on that date. */
    @Access.Secretary
    @Transactional
    public MeetingDetails schedule(ScheduleForm form) {
        RoundDetails round = rounds.get(Checks.required(form.roundId(), "meetingRound"));
        LocalDate date = Checks.required(form.date(), "councilMeetingDate");
        String place = Checks.maxLength(VietnameseText.clean(form.place()), 255, "meetingPlace");
        if (round.status() != RoundStatus.AT_COUNCIL) {
            throw BusinessException.onField("meetingRound", "error.meeting.roundNotAtCouncil", round.name());
        }
        if (round.publicationTo() != null && !date.isAfter(round.publicationTo())) {
            throw BusinessException.onField("councilMeetingDate", "error.meeting.beforePublicationEnd",
                    Formats.date(round.publicationTo()));
        }
        Council council = councils.councilOf(round.officeUnitId())
                .orElseThrow(() -> BusinessException.onField("meetingRound", "error.meeting.noCouncil", round.office()));
        List<CouncilMember> roster = councils.roster(council.getId(), date);
        if (roster.isEmpty()) {
            throw BusinessException.onField("councilMeetingDate", "error.meeting.noMembers", Formats.date(date));
        }
        CouncilMeeting meeting = meetings.saveAndFlush(new CouncilMeeting(council.getId(), round.id(), date, place));
        roster.forEach(m -> attendance.save(new Attendance(meeting.getId(), m.getPersonId(), m.getRole(), true)));
        attendance.flush();
        audit.record(ENTITY, meeting.getId(), "CREATE", title(meeting) + " — " + round.name());
        return get(meeting.getId());
    }

    @Access.Council
    public MeetingDetails get(Long id) {
        CouncilMeeting m = Entities.found(meetings, id);
        Council council = councils.council(m.getCouncilId());
        RoundDetails round = rounds.get(m.getRoundId());
        List<Attendance> roster = attendance.findByMeetingIdOrderByIdAsc(id);
        List<AttendanceRecord> people = roster.stream().map(a -> new AttendanceRecord(a.getPersonId(),
                councils.personName(a.getPersonId()), a.getRole(), a.isPresent())).toList();
        Map<Long, String> names = people.stream()
                .collect(Collectors.toMap(AttendanceRecord::personId, AttendanceRecord::fullName));
        List<NominationRow> candidates = nominations.candidates(m.getRoundId());
        Map<Long, NominationRow> byId = candidates.stream().collect(Collectors.toMap(NominationRow::id, r -> r));
        List<OpinionRecord> written = opinions.findByMeetingId(id).stream()
                .map(o -> new OpinionRecord(o.getPersonId(), names.getOrDefault(o.getPersonId(), ""),
                        o.getNominationId(), byId.containsKey(o.getNominationId())
                                ? byId.get(o.getNominationId()).recipientName() : "", o.isAgree()))
                .toList();
        List<ConclusionRecord> concluded = conclusions.findByMeetingId(id).stream()
                .map(c -> new ConclusionRecord(c.getNominationId(), byId.get(c.getNominationId()).recipientName(),
                        byId.get(c.getNominationId()).awardName(), c.isPassed(), c.getNote()))
                .toList();
        int present = (int) roster.stream().filter(Attendance::isPresent).count();
        return new MeetingDetails(m.getId(), m.getVersion(), council.getId(), council.getName(), round.office(),
                round.id(), round.name(), m.getMeetingDate(), m.getPlace(), m.getStatus(), m.getConclusion(), people,
                roster.size(), present, council.getQuorumNumerator() + "/" + council.getQuorumDenominator(),
                quorum(council, roster), agenda(candidates, m.getMeetingDate()), written, ballots.ofMeeting(id),
                concluded);
    }

    /** Marks a member present or absent; not while a ballot is open, nor after the meeting. */
    @Access.Secretary
    @Transactional
    public MeetingDetails setPresent(Long meetingId, Long personId, boolean present) {
        CouncilMeeting m = scheduled(meetingId);
        if (ballotRows.findByMeetingIdOrderByIdAsc(meetingId).stream()
                .anyMatch(b -> b.getStatus() == BallotStatus.OPEN)) {
            throw new BusinessException("error.meeting.ballotOpen");
        }
        Attendance a = attendance.findByMeetingIdAndPersonId(meetingId, personId)
                .orElseThrow(() -> new BusinessException("error.ballot.notMember"));
        if (a.isPresent() != present) {
            a.setPresent(present);
            attendance.saveAndFlush(a);
            audit.record(ENTITY, m.getId(), present ? "ATTEND_PRESENT" : "ATTEND_ABSENT",
                    councils.personName(personId));
        }
        return get(meetingId);
    }

    /** An absent member's written opinion on one candidate, before that candidate's ballot locks. */
    @Access.Secretary
    @Transactional
    public MeetingDetails recordOpinion(Long meetingId, Long personId, Long nominationId, boolean agree) {
        scheduled(meetingId);
        Attendance a = attendance.findByMeetingIdAndPersonId(meetingId, Checks.required(personId, "opinionMember"))
                .orElseThrow(() -> new BusinessException("error.ballot.notMember"));
        if (a.isPresent()) {
            throw BusinessException.onField("opinionMember", "error.opinion.notAbsent", councils.personName(personId));
        }
        NominationRow candidate = candidate(meetingId, Checks.required(nominationId, "candidate"));
        for (BallotResult b : ballots.ofMeeting(meetingId)) {
            if (b.locked() && b.candidates().stream().anyMatch(c -> c.nominationId().equals(nominationId))) {
                throw new BusinessException("error.opinion.locked", candidate.recipientName());
            }
        }
        WrittenOpinion o = opinions.findByMeetingIdAndPersonIdAndNominationId(meetingId, personId, nominationId)
                .orElseGet(() -> new WrittenOpinion(meetingId, personId, nominationId));
        o.setAgree(agree);
        opinions.saveAndFlush(o);
        audit.record(ENTITY, meetingId, "OPINION", councils.personName(personId) + " — "
                + candidate.recipientName() + ": " + (agree ? "đồng ý" : "không đồng ý"));
        return get(meetingId);
    }

    /** The meeting's conclusion on candidates of an award decided without a ballot. */
    @Access.Secretary
    @Transactional
    public MeetingDetails conclude(Long meetingId, Collection<Long> nominationIds, boolean passed, String note) {
        CouncilMeeting m = scheduled(meetingId);
        String text = Checks.maxLength(VietnameseText.clean(note), 1000, "note");
        if (nominationIds == null || nominationIds.isEmpty()) {
            throw BusinessException.onField("candidate", "error.required", "candidate");
        }
        for (Long id : nominationIds) {
            NominationRow c = candidate(meetingId, id);
            if (awardTypes.ruleOn(c.awardTypeId(), m.getMeetingDate()).voteRule() != VoteRule.NONE) {
                throw new BusinessException("error.meeting.needsBallot", c.awardName());
            }
            if (c.status() != NominationStatus.ACCEPTED) {
                throw new BusinessException("error.meeting.alreadyDecided", c.recipientName());
            }
            conclusions.save(new Conclusion(meetingId, id, passed, text));
            audit.record(ENTITY, meetingId, passed ? "CONCLUDE_PASS" : "CONCLUDE_FAIL",
                    c.recipientName() + " — " + c.awardName() + (text == null ? "" : ": " + text));
        }
        conclusions.flush();
        nominations.recordCouncilVerdict(nominationIds, passed, "Kết luận phiên họp ngày "
                + Formats.date(m.getMeetingDate()) + (text == null ? "" : ": " + text));
        return get(meetingId);
    }

    /**
     * Ends the meeting with its overall conclusion. Candidates a first ballot did not pass and no
     * second ballot took up are then finally not passed.
     */
    @Access.Secretary
    @Transactional
    public MeetingDetails close(Long meetingId, long version, String conclusion) {
        CouncilMeeting m = Entities.forChange(scheduled(meetingId), version);
        String text = Checks.maxLength(Checks.required(VietnameseText.clean(conclusion), "meetingConclusion"), 4000,
                "meetingConclusion");
        List<Ballot> held = ballotRows.findByMeetingIdOrderByIdAsc(meetingId);
        if (held.stream().anyMatch(b -> b.getStatus() == BallotStatus.OPEN)) {
            throw new BusinessException("error.meeting.ballotOpen");
        }
        Map<Long, Ballot> lastPerAward = new LinkedHashMap<>();
        held.forEach(b -> lastPerAward.put(b.getAwardTypeId(), b));
        Set<Long> accepted = nominations.candidates(m.getRoundId()).stream()
                .filter(n -> n.status() == NominationStatus.ACCEPTED).map(NominationRow::id)
                .collect(Collectors.toSet());
        List<Long> failed = new ArrayList<>();
        lastPerAward.values().forEach(b -> ballots.failed(b).stream().filter(accepted::contains).forEach(failed::add));
        if (!failed.isEmpty()) {
            nominations.recordCouncilVerdict(failed, false, "Không đạt tỷ lệ phiếu, phiên họp ngày "
                    + Formats.date(m.getMeetingDate()));
        }
        m.close(text);
        meetings.saveAndFlush(m);
        audit.record(ENTITY, meetingId, "CLOSE", title(m) + ": " + text);
        return get(meetingId);
    }

    /** Cancels a meeting scheduled by mistake, while nothing was voted or concluded in it. */
    @Access.Secretary
    @Transactional
    public void delete(Long meetingId, long version) {
        CouncilMeeting m = Entities.forChange(scheduled(meetingId), version);
        if (!ballotRows.findByMeetingIdOrderByIdAsc(meetingId).isEmpty()
                || !conclusions.findByMeetingId(meetingId).isEmpty()) {
            throw new BusinessException("error.meeting.inUse");
        }
        opinions.deleteAll(opinions.findByMeetingId(meetingId));
        attendance.deleteAll(attendance.findByMeetingIdOrderByIdAsc(meetingId));
        String text = title(m);
        meetings.delete(m);
        meetings.flush();
        audit.record(ENTITY, meetingId, "DELETE", text);
    }

    // --- internals

    static String title(CouncilMeeting m) {
        return "Phiên họp ngày " + Formats.date(m.getMeetingDate());
    }

    /** Present members × denominator ≥ numerator × all members: exact, no rounded percentage. */
    static boolean quorum(Council council, List<Attendance> roster) {
        long present = roster.stream().filter(Attendance::isPresent).count();
        return !roster.isEmpty() && present * council.getQuorumDenominator()
                >= (long) council.getQuorumNumerator() * roster.size();
    }

    private CouncilMeeting scheduled(Long meetingId) {
        CouncilMeeting m = Entities.found(meetings, meetingId);
        if (m.getStatus() != MeetingStatus.SCHEDULED) {
            throw new BusinessException("error.meeting.closed");
        }
        return m;
    }

    private NominationRow candidate(Long meetingId, Long nominationId) {
        CouncilMeeting m = Entities.found(meetings, meetingId);
        return nominations.candidates(m.getRoundId()).stream().filter(n -> n.id().equals(nominationId)).findFirst()
                .orElseThrow(() -> BusinessException.onField("candidate", "error.ballot.notCandidate"));
    }

    /** By award type, the lowest award first (the highest precedence number), each with its rule on the date. */
    private List<AgendaGroup> agenda(List<NominationRow> candidates, LocalDate date) {
        Map<Long, List<NominationRow>> byAward = candidates.stream()
                .sorted(Comparator.comparing(NominationRow::awardPrecedence).reversed())
                .collect(Collectors.groupingBy(NominationRow::awardTypeId, LinkedHashMap::new, Collectors.toList()));
        List<AgendaGroup> groups = new ArrayList<>();
        byAward.forEach((awardTypeId, rows) -> {
            RuleRecord rule = awardTypes.ruleOn(awardTypeId, date);
            groups.add(new AgendaGroup(awardTypeId, rows.getFirst().awardName(), rule.voteRule(),
                    rule.voteSharePercent(), rows.stream().map(r -> new AgendaItem(r.id(), r.recipientName(),
                            r.unitName(), r.status())).toList()));
        });
        return groups;
    }
}

package vn.tdkt.nomination.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.nomination.domain.AwardRound;
import vn.tdkt.nomination.domain.AwardRoundRepository;
import vn.tdkt.nomination.domain.NominationRepository;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.ObjectionRepository;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService.OpenRound;
import vn.tdkt.organization.service.UnitService;

/**
 * The work the award rounds hold for the signed-in user, for the home page: an officer's rounds
 * to propose in, drafts to finish and dossiers returned to fix; the secretary's dossiers waiting
 * for review and objections to answer; everyone's published lists open for comments.
 */
@Service
@Transactional(readOnly = true)
public class RoundTasksService {

    private final AwardRoundRepository rounds;
    private final NominationRepository nominations;
    private final ObjectionRepository objections;
    private final UnitService units;
    private final AwardRoundService roundService;
    private final Clock clock;

    public RoundTasksService(AwardRoundRepository rounds, NominationRepository nominations,
            ObjectionRepository objections, UnitService units, AwardRoundService roundService, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.objections = objections;
        this.units = units;
        this.roundService = roundService;
        this.clock = clock;
    }

    /** What is to be done; {@code count} how many dossiers (or objections) it concerns. */
    public enum TaskKind {
        PROPOSE, FIX_RETURNED, FINISH_DRAFTS, REVIEW, RESOLVE_OBJECTIONS, COMMENT_ON_LIST
    }

    public record Task(TaskKind kind, Long roundId, String roundName, long count, LocalDate deadline) {
    }

    /** The tasks of the user, the nearest deadline first. */
    @Access.Authenticated
    public List<Task> tasks() {
        LocalDate today = LocalDate.now(clock);
        List<AwardRound> live = rounds.findByStatusInOrderBySubmissionDeadlineAsc(
                EnumSet.of(RoundStatus.OPEN, RoundStatus.REVIEWING, RoundStatus.PUBLISHED));
        List<Task> tasks = new ArrayList<>();
        if (live.isEmpty()) {
            return tasks;
        }
        List<Long> ids = live.stream().map(AwardRound::getId).toList();
        boolean organiser = CurrentUser.organiser();
        Long own = CurrentUser.hasRole(Role.UNIT_OFFICER) && !organiser ? CurrentUser.unitId().orElse(null) : null;
        if (own != null) {
            List<Long> mine = units.subtree(List.of(own)).stream().map(UnitService.UnitOption::id).toList();
            Map<Long, Map<NominationStatus, Long>> counts = counts(nominations.countByRoundAndStatus(ids, mine));
            Set<Long> receiving = roundService.openForUnit(own, today).stream().map(OpenRound::id)
                    .collect(Collectors.toSet());
            for (AwardRound r : live) {
                Map<NominationStatus, Long> c = counts.getOrDefault(r.getId(), Map.of());
                if (receiving.contains(r.getId())) {
                    tasks.add(new Task(TaskKind.PROPOSE, r.getId(), r.getName(),
                            c.values().stream().mapToLong(Long::longValue).sum(), r.getSubmissionDeadline()));
                    add(tasks, TaskKind.FINISH_DRAFTS, r, c.getOrDefault(NominationStatus.DRAFT, 0L),
                            r.getSubmissionDeadline());
                }
                if (r.getStatus() != RoundStatus.PUBLISHED) {
                    add(tasks, TaskKind.FIX_RETURNED, r, c.getOrDefault(NominationStatus.RETURNED, 0L),
                            r.getReviewDeadline());
                }
            }
        }
        if (organiser) {
            Map<Long, Map<NominationStatus, Long>> counts = counts(nominations.countByRoundAndStatus(ids));
            for (AwardRound r : live) {
                if (r.getStatus() == RoundStatus.PUBLISHED) {
                    add(tasks, TaskKind.RESOLVE_OBJECTIONS, r,
                            objections.countByRoundIdAndResolvedAtIsNull(r.getId()), r.getPublicationTo());
                } else {
                    add(tasks, TaskKind.REVIEW, r, counts.getOrDefault(r.getId(), Map.of())
                            .getOrDefault(NominationStatus.SUBMITTED, 0L), r.getReviewDeadline());
                }
            }
        }
        for (AwardRound r : live) {
            if (r.getStatus() == RoundStatus.PUBLISHED && r.getPublicationFrom() != null
                    && !today.isBefore(r.getPublicationFrom()) && !today.isAfter(r.getPublicationTo())) {
                tasks.add(new Task(TaskKind.COMMENT_ON_LIST, r.getId(), r.getName(), 0, r.getPublicationTo()));
            }
        }
        tasks.sort(Comparator.comparing(Task::deadline, Comparator.nullsLast(Comparator.naturalOrder())));
        return tasks;
    }

    private static void add(List<Task> tasks, TaskKind kind, AwardRound r, long count, LocalDate deadline) {
        if (count > 0) {
            tasks.add(new Task(kind, r.getId(), r.getName(), count, deadline));
        }
    }

    private static Map<Long, Map<NominationStatus, Long>> counts(List<Object[]> rows) {
        Map<Long, Map<NominationStatus, Long>> out = new HashMap<>();
        for (Object[] row : rows) {
            out.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((NominationStatus) row[1], (Long) row[2]);
        }
        return out;
    }
}

package vn.tdkt.movement.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.service.Access;
import vn.tdkt.movement.domain.BlocScoreRepository;
import vn.tdkt.movement.domain.BlocScoringRepository;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.domain.RegistrationWindowRepository;
import vn.tdkt.movement.service.MovementService.MovementFilter;
import vn.tdkt.movement.service.MovementService.MovementRow;
import vn.tdkt.movement.service.RegistrationService.CompletenessRow;
import vn.tdkt.organization.service.BlocService;
import vn.tdkt.organization.service.UnitService;

/** The secretary's overview of the current emulation year. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private static final int MAX_MOVEMENTS = 50;

    private final MovementService movements;
    private final RegistrationService registrations;
    private final RegistrationWindowRepository windows;
    private final BlocScoringRepository scorings;
    private final BlocScoreRepository scores;
    private final BlocService blocs;
    private final UnitService units;
    private final Clock clock;

    public DashboardService(MovementService movements, RegistrationService registrations,
            RegistrationWindowRepository windows, BlocScoringRepository scorings, BlocScoreRepository scores,
            BlocService blocs, UnitService units, Clock clock) {
        this.movements = movements;
        this.registrations = registrations;
        this.windows = windows;
        this.scorings = scorings;
        this.scores = scores;
        this.blocs = blocs;
        this.units = units;
        this.clock = clock;
    }

    public record MovementProgress(MovementRow movement, int units, int unitsRegistered, int staff,
            int staffRegistered) {
    }

    public record Deadline(Long movementId, String movementName, int year, LocalDate deadline, long daysLeft) {
    }

    public record ScoringStatus(Long movementId, String movementName, Long blocId, String blocName, int year,
            boolean locked,
            int scoresEntered, String proposedUnit) {
    }

    public record Overview(int year, List<MovementProgress> movements, List<Deadline> deadlines,
            List<ScoringStatus> scorings) {
    }

    @Access.Council
    public Overview overview() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<MovementRow> running = movements.page(new MovementFilter("", Set.of(MovementStatus.LAUNCHED,
                MovementStatus.IN_PROGRESS, MovementStatus.MID_REVIEW), year), 0, MAX_MOVEMENTS);
        List<MovementProgress> progress = running.stream().map(m -> {
            List<CompletenessRow> rows = registrations.completeness(m.id(), year);
            return new MovementProgress(m, rows.size(),
                    (int) rows.stream().filter(CompletenessRow::collectiveRegistered).count(),
                    rows.stream().mapToInt(CompletenessRow::staff).sum(),
                    rows.stream().mapToInt(CompletenessRow::registered).sum());
        }).toList();
        List<Deadline> deadlines = windows.findByOpenTrueAndDeadlineGreaterThanEqualOrderByDeadline(today).stream()
                .map(w -> new Deadline(w.getMovement().getId(), w.getMovement().getName(), w.getYear(),
                        w.getDeadline(), java.time.temporal.ChronoUnit.DAYS.between(today, w.getDeadline())))
                .toList();
        List<ScoringStatus> scoring = scorings.findByYearIn(List.of(year - 1, year)).stream()
                .map(s -> new ScoringStatus(s.getMovementId(), movements.get(s.getMovementId()).name(),
                        s.getBlocId(), blocs.get(s.getBlocId()).name(), s.getYear(), s.isLocked(),
                        scores.findByScoringId(s.getId()).size(),
                        s.getProposedUnitId() == null ? null : units.option(s.getProposedUnitId()).fullName()))
                .sorted(Comparator.comparing(ScoringStatus::movementName)).toList();
        return new Overview(year, progress, deadlines, scoring);
    }
}

package vn.tdkt.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertRefused;
import static vn.tdkt.support.Refusals.assertStale;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.BlocScoringService.MemberRow;
import vn.tdkt.movement.service.BlocScoringService.ScoreCell;
import vn.tdkt.movement.service.BlocScoringService.ScoringSheet;
import vn.tdkt.movement.service.BlocScoringService;
import vn.tdkt.movement.service.MovementService.CriterionRecord;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.movement.service.MovementService.MovementForm;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.BlocService;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

@IntegrationTest
@WithUserDetails("thuongtruc")
class BlocScoringServiceTest {

    @Autowired
    BlocScoringService scoring;
    @Autowired
    MovementService movements;
    @Autowired
    BlocService blocs;
    @Autowired
    UnitService units;
    @Autowired
    AwardTypeService awardTypes;
    @Autowired
    RunAs runAs;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    Long movement;
    Long bloc;
    List<Long> members;
    List<CriterionRecord> criteria;
    final int year = 2025;

    @BeforeEach
    void blocWithThreeMembersAndARunningMovement() {
        members = runAs.as("quantri", () -> {
            List<Long> ids = java.util.stream.IntStream.range(0, 3).mapToObj(i -> units.create(
                    new UnitService.UnitForm(null, 0, Unique.code("VP"), "Văn phòng Tỉnh ủy thử " + i, null,
                            UnitKind.PROVINCIAL_OFFICE, null, 0, null)).id()).toList();
            var created = blocs.save(new BlocService.BlocRecord(null, 0, Unique.code("KHOI"), "Khối thử", null, true));
            bloc = created.id();
            blocs.saveYear(bloc, null, 0, year, Set.copyOf(ids), ids.getFirst());
            return ids;
        });
        Long flag = data.award("CO_TD_VPTW");
        MovementDetails draft = movements.save(new MovementForm(null, 0, "Phong trào chấm điểm thử", null,
                MovementKind.REGULAR, members.getFirst(), "02-HD/VPTW", LocalDate.of(2025, 1, 2), null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), null, 100, Set.copyOf(members), Set.of(flag),
                List.of(new CriterionRecord(null, "Tham mưu", 60), new CriterionRecord(null, "Phục vụ", 40))));
        movement = movements.transition(draft.id(), draft.version(), MovementStatus.LAUNCHED, LocalDate.now(clock),
                null, null).id();
        criteria = movements.get(movement).criteria();
    }

    private List<ScoreCell> cells(int first, int second) {
        return List.of(new ScoreCell(criteria.get(0).id(), BigDecimal.valueOf(first), BigDecimal.valueOf(first), "BC"),
                new ScoreCell(criteria.get(1).id(), BigDecimal.valueOf(second), BigDecimal.valueOf(second), null));
    }

    @Test
    void members_are_ranked_by_review_total_and_ties_share_a_rank() {
        ScoringSheet sheet = scoring.sheet(movement, bloc, year);
        long v = sheet.version();
        v = scoring.saveScores(movement, bloc, year, v, members.get(0), cells(50, 30)).version();
        v = scoring.saveScores(movement, bloc, year, v, members.get(1), cells(55, 35)).version();
        ScoringSheet result = scoring.saveScores(movement, bloc, year, v, members.get(2), cells(45, 35));

        assertThat(result.members()).extracting(MemberRow::unitId)
                .containsExactly(members.get(1), members.get(0), members.get(2));
        assertThat(result.members()).extracting(MemberRow::rank).containsExactly(1, 2, 2);
        assertThat(result.members()).extracting(MemberRow::tied).containsExactly(false, true, true);
        assertThat(result.members().getFirst().reviewTotal()).isEqualByComparingTo("90");
    }

    @Test
    void a_score_above_the_criterion_maximum_is_refused() {
        BusinessException refusal = assertRefused("error.scoring.overMax", "score",
                () -> scoring.saveScores(movement, bloc, year, 0, members.getFirst(), cells(61, 10)));
        assertThat(refusal.getArgs()).containsExactly("Tham mưu", 60);
        assertThat(scoring.sheet(movement, bloc, year).members()).flatExtracting(MemberRow::cells)
                .extracting(ScoreCell::review).containsOnlyNulls();
    }

    @Test
    void the_second_of_two_people_editing_the_same_sheet_gets_the_conflict_and_the_first_save_stays() {
        long opened = scoring.sheet(movement, bloc, year).version();
        scoring.saveScores(movement, bloc, year, opened, members.get(0), cells(50, 30));

        assertStale(() -> scoring.saveScores(movement, bloc, year, opened, members.get(0), cells(10, 10)));
        assertThat(scoring.sheet(movement, bloc, year).members().getFirst().reviewTotal()).isEqualByComparingTo("80");
    }

    @Test
    void a_locked_round_refuses_changes_and_the_leader_can_be_proposed_for_the_flag() {
        ScoringSheet scored = scoring.saveScores(movement, bloc, year, 0, members.get(1), cells(55, 35));
        ScoringSheet locked = scoring.lock(movement, bloc, year, scored.version());

        assertThat(locked.locked()).isTrue();
        assertRefused("error.scoring.locked", () -> scoring.saveScores(movement, bloc, year, locked.version(),
                members.get(1), cells(1, 1)));
        ScoringSheet proposed = scoring.propose(movement, bloc, year, locked.version(),
                locked.members().getFirst().unitId(), locked.flagAwards().getFirst().id());
        assertThat(proposed.proposedUnitId()).isEqualTo(members.get(1));
        assertThat(proposed.proposedAwardName()).isEqualTo("Cờ thi đua của Văn phòng Trung ương Đảng");
    }

    @Test
    void the_demo_bloc_round_is_finished_with_a_flag_proposal() {
        Long demoBloc = blocs.page("KHOI_BTB", 0, 1).getFirst().id();
        Long central = movements.page(new MovementService.MovementFilter("van phong cap uy thi dua", Set.of(), 0), 0, 1)
                .getFirst().id();
        ScoringSheet sheet = scoring.sheet(central, demoBloc, LocalDate.now(clock).getYear() - 1);
        assertThat(sheet.locked()).isTrue();
        assertThat(sheet.members()).hasSize(6);
        assertThat(sheet.proposedUnitName()).isEqualTo(sheet.members().getFirst().unitName());
    }
}

package vn.tdkt.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.BlocScoringService.ScoreCell;
import vn.tdkt.movement.service.BlocScoringService.ScoringSheet;
import vn.tdkt.movement.service.BlocScoringService;
import vn.tdkt.movement.service.MovementService.CriterionRecord;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.movement.service.MovementService.MovementForm;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.movement.service.RegistrationService;
import vn.tdkt.organization.service.BlocService;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;

/**
 * Demo movements: Quảng Trị's regular "Tham mưu giỏi, phục vụ tốt" among its staff over
 * the years (with registrations), the central office's movement for provincial offices with
 * a finished bloc scoring, and a three-year thematic movement. Everything that describes "now"
 * follows the clock: this year's registrations, next year's window, last year's scoring, the
 * end of the regular movements and the thematic one's three years.
 */
@Component
class DemoMovements {

    private final MovementService movements;
    private final RegistrationService registrations;
    private final BlocScoringService scoring;
    private final AwardTypeService awardTypes;
    private final PersonService people;
    private final BlocService blocs;
    private final Clock clock;

    DemoMovements(MovementService movements, RegistrationService registrations, BlocScoringService scoring,
            AwardTypeService awardTypes, PersonService people, BlocService blocs, Clock clock) {
        this.movements = movements;
        this.registrations = registrations;
        this.scoring = scoring;
        this.awardTypes = awardTypes;
        this.people = people;
        this.blocs = blocs;
        this.clock = clock;
    }

    void create(Map<String, Long> unitIds) {
        Map<String, Long> awards = awardTypes.search("", null).stream()
                .collect(Collectors.toMap(AwardTypeRecord::code, AwardTypeRecord::id));
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        // The regular movements run on for some years from whenever the demo is built.
        LocalDate regularEnd = LocalDate.of(year + 4, 12, 31);

        MovementDetails qt = launch(new MovementForm(null, 0, "Tham mưu giỏi, phục vụ tốt", "Đoàn kết, kỷ cương, "
                + "chủ động, sáng tạo, tham mưu giỏi, phục vụ tốt", MovementKind.REGULAR, unitIds.get("VPTU_QT"),
                "05-KH/VPTU", LocalDate.of(2021, 1, 15), null, LocalDate.of(2021, 1, 1), regularEnd,
                "Cán bộ, công chức, người lao động Văn phòng Tỉnh ủy", 100, Set.of(unitIds.get("VPTU_QT")),
                Set.of(awards.get("LDTT"), awards.get("CSTDCS"), awards.get("CSTD_TINH"), awards.get("TTLDTT"),
                        awards.get("TTLDXS"), awards.get("GIAY_KHEN")),
                List.of(new CriterionRecord(null, "Chất lượng tham mưu, đề xuất", 30),
                        new CriterionRecord(null, "Phục vụ hoạt động của cấp ủy", 25),
                        new CriterionRecord(null, "Kỷ luật, kỷ cương hành chính", 20),
                        new CriterionRecord(null, "Ứng dụng công nghệ thông tin, chuyển đổi số", 15),
                        new CriterionRecord(null, "Tham gia phong trào, hoạt động đoàn thể", 10))),
                LocalDate.of(2021, 1, 20));
        // This year's registrations were taken early in the year; the window has closed since.
        registrations.setWindow(qt.id(), year, 0, today, true);
        // The head of Phòng Tổng hợp, on a CSTĐCS run, registers for CSTĐ cấp tỉnh.
        register(qt.id(), year, unitIds.get("QT_TH"), awards.get("TTLDXS"), awards.get("CSTD_TINH"),
                awards.get("LDTT"));
        register(qt.id(), year, unitIds.get("QT_HCLT"), awards.get("TTLDTT"), awards.get("LDTT"), awards.get("LDTT"));
        var window = registrations.window(qt.id(), year);
        registrations.setWindow(qt.id(), year, window.version(), LocalDate.of(year, 2, 28), false);
        // Registration for next year is open now.
        registrations.setWindow(qt.id(), year + 1, 0, LocalDate.of(year + 1, 1, 31), true);

        MovementDetails central = launch(new MovementForm(null, 0,
                "Văn phòng cấp ủy thi đua \"Tham mưu giỏi, phục vụ tốt\"", null, MovementKind.REGULAR,
                unitIds.get("VPTW"), "36-HD/VPTW", LocalDate.of(2022, 1, 10), null, LocalDate.of(2022, 1, 1),
                regularEnd, "Văn phòng các tỉnh ủy, thành ủy",
                100, Set.of(unitIds.get("VPTU_QT"), unitIds.get("VPTU_HG"), unitIds.get("VPTU_VL"),
                        unitIds.get("VPTU_TH"), unitIds.get("VPTU_NA"), unitIds.get("VPTU_HT"), unitIds.get("VPTU_QB"),
                        unitIds.get("VPTU_TTH"), unitIds.get("VPTU_HP"), unitIds.get("VPTU_CT")),
                Set.of(awards.get("CO_TD_VPTW"), awards.get("BK_CVPTW")),
                List.of(new CriterionRecord(null, "Thực hiện chức năng tham mưu tổng hợp", 40),
                        new CriterionRecord(null, "Phục vụ, bảo đảm hoạt động của cấp ủy", 30),
                        new CriterionRecord(null, "Xây dựng cơ quan, đơn vị vững mạnh", 20),
                        new CriterionRecord(null, "Tổ chức phong trào thi đua, khen thưởng", 10))),
                LocalDate.of(2022, 1, 15));
        scoreBloc(central, unitIds, year - 1, awards.get("CO_TD_VPTW"));

        // A three-year thematic movement in its last year.
        LocalDate thematicStart = LocalDate.of(year - 2, 3, 1);
        launch(new MovementForm(null, 0, "Thi đua đẩy mạnh chuyển đổi số trong cơ quan Văn phòng cấp ủy "
                + "giai đoạn " + (year - 2) + "–" + year, "Văn phòng số, phục vụ nhanh", MovementKind.THEMATIC,
                unitIds.get("VPTW"), "41-KH/VPTW", thematicStart, null, thematicStart, LocalDate.of(year, 12, 31),
                "Văn phòng các tỉnh ủy, thành ủy", 100, Set.of(unitIds.get("VPTU_QT"), unitIds.get("VPTU_HG"),
                        unitIds.get("VPTU_VL")), Set.of(awards.get("BK_CVPTW")),
                List.of(new CriterionRecord(null, "Số hóa hồ sơ, tài liệu", 50),
                        new CriterionRecord(null, "Văn bản điện tử, chữ ký số", 50))),
                thematicStart.plusDays(4));
    }

    private MovementDetails launch(MovementForm form, LocalDate launchedOn) {
        MovementDetails draft = movements.save(form);
        MovementDetails launched = movements.transition(draft.id(), draft.version(), MovementStatus.LAUNCHED,
                launchedOn, "Hội nghị phát động", null);
        return movements.transition(launched.id(), launched.version(), MovementStatus.IN_PROGRESS,
                launchedOn.plusDays(10), null, null);
    }

    private void register(Long movementId, int year, Long unitId, Long collective, Long lead, Long others) {
        registrations.register(movementId, year, unitId, null, collective);
        List<StaffMember> staff = people.staffOf(unitId);
        for (int i = 0; i < staff.size() - 1; i++) {
            registrations.register(movementId, year, unitId, staff.get(i).personId(), i == 0 ? lead : others);
        }
    }

    private void scoreBloc(MovementDetails movement, Map<String, Long> unitIds, int year, Long flag) {
        Long blocId = blocs.page("KHOI_BTB", 0, 1).getFirst().id();
        ScoringSheet sheet = scoring.sheet(movement.id(), blocId, year);
        int[][] points = {{38, 29, 19, 9}, {36, 28, 18, 9}, {35, 27, 18, 8}, {34, 27, 17, 8}, {36, 28, 18, 9},
            {33, 26, 17, 8}};
        int m = 0;
        long version = sheet.version();
        for (var member : sheet.members()) {
            int[] p = points[m++ % points.length];
            List<ScoreCell> cells = new java.util.ArrayList<>();
            for (int c = 0; c < sheet.criteria().size(); c++) {
                java.math.BigDecimal score = java.math.BigDecimal.valueOf(p[c]);
                cells.add(new ScoreCell(sheet.criteria().get(c).id(), score.add(java.math.BigDecimal.ONE)
                        .min(java.math.BigDecimal.valueOf(sheet.criteria().get(c).maxPoints())), score,
                        "Báo cáo tự chấm điểm năm " + year));
            }
            version = scoring.saveScores(movement.id(), blocId, year, version, member.unitId(), cells).version();
        }
        ScoringSheet locked = scoring.lock(movement.id(), blocId, year, version);
        scoring.propose(movement.id(), blocId, year, locked.version(), locked.members().getFirst().unitId(), flag);
    }
}

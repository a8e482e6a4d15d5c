package vn.tdkt.demo;

import java.time.LocalDate;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.council.domain.CouncilRole;
import vn.tdkt.council.service.CouncilService;
import vn.tdkt.council.service.CouncilService.CouncilRecord;
import vn.tdkt.council.service.CouncilService.MemberForm;
import vn.tdkt.nomination.domain.AchievementReport;
import vn.tdkt.nomination.domain.DecidingBody;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.RoundKind;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.domain.UnitMeeting;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.AwardRoundService.RoundForm;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.nomination.service.NominationService.NominationDetails;
import vn.tdkt.nomination.service.NominationService.NominationForm;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PositionService;
import vn.tdkt.security.service.UserService;
import vn.tdkt.security.service.UserService.UserForm;
import vn.tdkt.security.service.UserService.UserRecord;

/**
 * The council of Văn phòng Tỉnh ủy Quảng Trị (9 members: chutich the chair, uyvien1 the deputy,
 * thuongtruc the standing secretary, uyvien2..7 members, each account linked to its person), and
 * a thematic round of this year already at the council, with accepted candidates for Lao động
 * tiên tiến (majority vote), Chiến sĩ thi đua cơ sở (80 %) and Giấy khen (no vote), so a meeting
 * and a ballot can be held in the browser today. Runs after every other part of the demo, so
 * the staff and dossiers the other parts (and the tests) count on stay as they were.
 */
@Component
class DemoCouncil {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCouncil.class);
    static final String ROUND_NAME = "Xét khen thưởng chuyên đề kỷ niệm ngày truyền thống Văn phòng cấp ủy";
    private static final List<String> MEMBER_NAMES = List.of("Lê Văn Hùng", "Nguyễn Thị Lan", "Phan Quang Sơn",
            "Võ Thị Hạnh", "Đặng Minh Tuấn", "Bùi Thanh Long");

    private final CouncilService councils;
    private final UserService users;
    private final PersonService people;
    private final PositionService positions;
    private final AwardRoundService rounds;
    private final NominationService nominations;
    private final AwardTypeService awardTypes;
    private final Clock clock;

    DemoCouncil(CouncilService councils, UserService users, PersonService people, PositionService positions,
            AwardRoundService rounds, NominationService nominations, AwardTypeService awardTypes, Clock clock) {
        this.councils = councils;
        this.users = users;
        this.people = people;
        this.positions = positions;
        this.rounds = rounds;
        this.nominations = nominations;
        this.awardTypes = awardTypes;
        this.clock = clock;
    }

    void create(Map<String, Long> unitIds) {
        LocalDate today = LocalDate.now(clock);
        Long office = unitIds.get("VPTU_QT");
        Long position = positions.all().stream().filter(p -> p.name().equals("Chuyên viên cao cấp")).findFirst()
                .orElseThrow().id();
        for (int i = 2; i <= 7; i++) {
            Long person = people.create(new PersonForm(null, 0, MEMBER_NAMES.get(i - 2),
                    MEMBER_NAMES.get(i - 2).contains(" Thị ") ? Gender.FEMALE : Gender.MALE, 1972 + i, true, office,
                    position, LocalDate.of(2010, 1, 1), null)).id();
            link("uyvien" + i, person);
        }
        CouncilRecord council = councils.save(new CouncilRecord(null, 0, office, null,
                "Hội đồng Thi đua – Khen thưởng Văn phòng Tỉnh ủy Quảng Trị", 2, 3));
        LocalDate established = LocalDate.of(today.getYear() - 1, 1, 15);
        String decision = "15-QĐ/VPTU";
        seat(council.id(), "chutich", CouncilRole.CHAIR, decision, established);
        seat(council.id(), "uyvien1", CouncilRole.DEPUTY, decision, established);
        seat(council.id(), "thuongtruc", CouncilRole.STANDING_SECRETARY, decision, established);
        for (int i = 2; i <= 7; i++) {
            seat(council.id(), "uyvien" + i, CouncilRole.MEMBER, decision, established);
        }
        roundAtCouncil(unitIds, office, today);
    }

    private void link(String username, Long personId) {
        UserRecord u = account(username);
        users.update(new UserForm(u.id(), u.version(), u.username(), u.fullName(), u.roles(), u.unitId(), null,
                personId));
    }

    private UserRecord account(String username) {
        return users.page(username, 0, 5).stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow();
    }

    private void seat(Long councilId, String username, CouncilRole role, String decision, LocalDate date) {
        councils.saveMember(councilId, new MemberForm(null, 0, account(username).personId(), role, decision, date,
                date, null));
    }

    /** Opened, proposed and accepted while receiving; then its dates move into the past and it goes to the council. */
    private void roundAtCouncil(Map<String, Long> unitIds, Long office, LocalDate today) {
        Map<String, Long> awards = awardTypes.search("", null).stream()
                .filter(a -> Set.of("LDTT", "CSTDCS", "GIAY_KHEN").contains(a.code()))
                .collect(Collectors.toMap(AwardTypeRecord::code, AwardTypeRecord::id));
        int year = today.getYear();
        RoundDetails round = rounds.save(new RoundForm(null, 0, ROUND_NAME + " năm " + year, RoundKind.CHUYEN_DE,
                year, year, null, DecidingBody.OWN_COUNCIL, null, office, Set.of(), Set.copyOf(awards.values()),
                today.plusDays(3), today.plusDays(6), null, null));
        List<StaffMember> finance = people.staffOf(unitIds.get("QT_TCD"));
        List<StaffMember> guestHouse = people.staffOf(unitIds.get("QT_NK"));
        List<StaffMember> it = people.staffOf(unitIds.get("QT_CYCNTT"));
        propose(round, unitIds.get("QT_TCD"), finance.get(0), awards.get("LDTT"));
        propose(round, unitIds.get("QT_NK"), guestHouse.get(0), awards.get("LDTT"));
        propose(round, unitIds.get("QT_CYCNTT"), it.get(1), awards.get("CSTDCS"));
        propose(round, unitIds.get("QT_NK"), guestHouse.get(1), awards.get("GIAY_KHEN"));
        round = rounds.step(round.id(), round.version(), RoundStatus.REVIEWING, "Hết hạn nhận hồ sơ");
        round = rounds.save(new RoundForm(round.id(), round.version(), round.name(), round.kind(), year, year, null,
                DecidingBody.OWN_COUNCIL, null, office, Set.of(), Set.copyOf(awards.values()), today.minusDays(20),
                today.minusDays(15), today.minusDays(12), today.minusDays(3)));
        round = rounds.step(round.id(), round.version(), RoundStatus.PUBLISHED, "Niêm yết danh sách");
        rounds.step(round.id(), round.version(), RoundStatus.AT_COUNCIL, "Không có ý kiến phản ánh");
    }

    private void propose(RoundDetails round, Long unitId, StaffMember person, Long awardTypeId) {
        String summary = "Hoàn thành xuất sắc nhiệm vụ năm; đóng góp tích cực cho ngày truyền thống của Văn phòng";
        try {
            NominationDetails draft = nominations.save(new NominationForm(null, 0, round.id(), unitId,
                    RecipientKind.INDIVIDUAL, person.personId(), null, awardTypeId, summary, new AchievementReport(
                            "Tham mưu, giúp việc Chánh Văn phòng trong lĩnh vực được phân công", summary + ".",
                            "Chủ động, sáng tạo trong công việc", null),
                    new UnitMeeting(LocalDate.now(clock).minusDays(2), 9, 10, null), List.of()));
            // The demo's records of this year are thin (no ratings yet): the secretary waives what they cannot show.
            for (var check : draft.checklist().checks()) {
                if (check.blocks() || check.needsConfirmation()) {
                    draft = nominations.waive(draft.row().id(), draft.row().version(), check.criterion(),
                            "Đã đối chiếu hồ sơ giấy của đơn vị");
                }
            }
            NominationDetails sent = nominations.submit(draft.row().id(), draft.row().version());
            nominations.review(sent.row().id(), sent.row().version(), NominationStatus.ACCEPTED, null);
        } catch (BusinessException e) {
            // A demo candidate the eligibility rules hold back is left out; the others still go to the council.
            LOG.info("Demo council candidate {} left out: {}", person.fullName(), e.getMessageKey());
        }
    }
}

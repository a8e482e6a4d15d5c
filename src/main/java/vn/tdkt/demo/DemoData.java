package vn.tdkt.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.tdkt.base.domain.Role;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.BlocService.BlocRecord;
import vn.tdkt.organization.service.BlocService;
import vn.tdkt.organization.service.PersonService.PersonDetails;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PositionService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.security.service.UserService.UserForm;
import vn.tdkt.security.service.UserService;

/**
 * Demo data from the real cases in DOMAIN.md (default H2 profile only; never in
 * production). Goes through the services, so it obeys the same rules as user input.
 * Runs once: it does nothing when the central office is already there.
 */
@Component
@ConditionalOnProperty(name = "tdkt.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";
    static final List<String> OTHER_OFFICES = List.of("VPTU_HG", "VPTU_TH", "VPTU_NA", "VPTU_HT", "VPTU_QB",
            "VPTU_TTH", "VPTU_HP", "VPTU_CT");
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Phan", "Đặng", "Bùi",
        "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương"};
    private static final String[] MIDDLE_MALE = {"Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Xuân"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thị Thu", "Thị Minh", "Ngọc", "Thị Thanh", "Thị Hồng"};
    private static final String[] GIVEN_MALE = {"Anh", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh",
        "Long", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Vinh", "Ánh"};
    private static final String[] GIVEN_FEMALE = {"An", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hương", "Lan",
        "Linh", "Mai", "Ngân", "Oanh", "Phương", "Thảo", "Trang", "Uyên", "Yến", "Ánh"};

    private final UnitService units;
    private final PersonService people;
    private final PositionService positions;
    private final BlocService blocs;
    private final UserService users;
    private final DemoMovements movements;
    private final DemoAwards awards;
    private final DemoRounds rounds;
    private final DemoConduct conduct;
    private final DemoNominations nominations;
    private final DemoNumbering numbering;
    private final DemoCouncil council;
    private final Clock clock;
    private final Map<String, Long> unitIds = new HashMap<>();
    private final Map<String, Long> positionIds = new HashMap<>();
    private final Random random = new Random(2026);

    DemoData(UnitService units, PersonService people, PositionService positions, BlocService blocs,
            UserService users, DemoMovements movements, DemoAwards awards, DemoRounds rounds,
            DemoConduct conduct, DemoNominations nominations, DemoNumbering numbering, DemoCouncil council,
            Clock clock) {
        this.numbering = numbering;
        this.units = units;
        this.people = people;
        this.positions = positions;
        this.blocs = blocs;
        this.users = users;
        this.movements = movements;
        this.awards = awards;
        this.rounds = rounds;
        this.conduct = conduct;
        this.nominations = nominations;
        this.council = council;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("system", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            if (!units.options("VPTW", 0, 1).isEmpty()) {
                return;
            }
            long start = System.nanoTime();
            positions.all().forEach(p -> positionIds.put(p.name(), p.id()));
            createUnits();
            createPeople();
            createBlocs();
            createUsers();
            movements.create(unitIds);
            createOtherOfficesStaff();
            numbering.create(unitIds);
            awards.create(unitIds);
            rounds.create(unitIds);
            conduct.create(unitIds);
            nominations.create(unitIds);
            council.create(unitIds);
            LOG.info("Demo data created in {} ms", (System.nanoTime() - start) / 1_000_000);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void createUnits() {
        unit("VPTW", "Văn phòng Trung ương Đảng", "VPTW", UnitKind.CENTRAL_OFFICE, null, 1);
        unit("VPTU_QT", "Văn phòng Tỉnh ủy Quảng Trị", "VPTU Quảng Trị", UnitKind.PROVINCIAL_OFFICE, "VPTW", 10);
        String[][] qtDepartments = {{"QT_TH", "Phòng Tổng hợp"}, {"QT_HCLT", "Phòng Hành chính – Lưu trữ"},
            {"QT_QTTV", "Phòng Quản trị – Tài vụ"}, {"QT_TCD", "Phòng Tài chính Đảng"},
            {"QT_CYCNTT", "Phòng Cơ yếu – Công nghệ thông tin"}, {"QT_NK", "Nhà khách Tỉnh ủy"}};
        for (int i = 0; i < qtDepartments.length; i++) {
            unit(qtDepartments[i][0], qtDepartments[i][1], null, UnitKind.DEPARTMENT, "VPTU_QT", i + 1);
        }
        unit("VPTU_HG", "Văn phòng Tỉnh ủy Hậu Giang", "VPTU Hậu Giang", UnitKind.PROVINCIAL_OFFICE, "VPTW", 20);
        String[][] hgDistricts = {{"HG_VT", "Văn phòng Thành ủy Vị Thanh"}, {"HG_NB", "Văn phòng Thành ủy Ngã Bảy"},
            {"HG_TXLM", "Văn phòng Thị ủy Long Mỹ"}, {"HG_HLM", "Văn phòng Huyện ủy Long Mỹ"},
            {"HG_VTH", "Văn phòng Huyện ủy Vị Thủy"}, {"HG_CT", "Văn phòng Huyện ủy Châu Thành"},
            {"HG_CTA", "Văn phòng Huyện ủy Châu Thành A"}, {"HG_PH", "Văn phòng Huyện ủy Phụng Hiệp"}};
        for (int i = 0; i < hgDistricts.length; i++) {
            unit(hgDistricts[i][0], hgDistricts[i][1], null, UnitKind.LOCAL_OFFICE, "VPTU_HG", i + 1);
        }
        unit("VPTU_VL", "Văn phòng Tỉnh ủy Vĩnh Long", "VPTU Vĩnh Long", UnitKind.PROVINCIAL_OFFICE, "VPTW", 30);
        unit("VL_TH", "Phòng Tổng hợp", null, UnitKind.DEPARTMENT, "VPTU_VL", 1);
        String[][] otherOffices = {{"VPTU_TH", "Văn phòng Tỉnh ủy Thanh Hóa"}, {"VPTU_NA", "Văn phòng Tỉnh ủy Nghệ An"},
            {"VPTU_HT", "Văn phòng Tỉnh ủy Hà Tĩnh"}, {"VPTU_QB", "Văn phòng Tỉnh ủy Quảng Bình"},
            {"VPTU_TTH", "Văn phòng Tỉnh ủy Thừa Thiên Huế"}, {"VPTU_HP", "Văn phòng Thành ủy Hải Phòng"},
            {"VPTU_CT", "Văn phòng Thành ủy Cần Thơ"}};
        for (int i = 0; i < otherOffices.length; i++) {
            unit(otherOffices[i][0], otherOffices[i][1], null, UnitKind.PROVINCIAL_OFFICE, "VPTW", 40 + i);
        }
        // Two departments in the other offices: collectives and people of the 2022 central awards.
        for (String office : OTHER_OFFICES) {
            unit(office + "_PTH", "Phòng Tổng hợp", null, UnitKind.DEPARTMENT, office, 11);
            unit(office + "_PHC", "Phòng Hành chính – Tổ chức", null, UnitKind.DEPARTMENT, office, 12);
        }
        // Bodies that confer awards recorded in the register.
        unit("TTG", "Thủ tướng Chính phủ", null, UnitKind.STATE_AUTHORITY, null, 100);
        unit("CTN", "Chủ tịch nước", null, UnitKind.STATE_AUTHORITY, null, 101);
        unit("UBND_QT", "Ủy ban nhân dân tỉnh Quảng Trị", "UBND tỉnh Quảng Trị", UnitKind.STATE_AUTHORITY, null, 102);
        unit("TU_QT", "Tỉnh ủy Quảng Trị", null, UnitKind.PARTY_COMMITTEE, null, 103);
    }

    private void unit(String code, String name, String shortName, UnitKind kind, String parent, int order) {
        Long parentId = parent == null ? null : unitIds.get(parent);
        unitIds.put(code, units.create(new UnitForm(null, 0, code, name, shortName, kind, parentId, order, null)).id());
    }

    private void createPeople() {
        person("Lê Minh Hưng", Gender.MALE, 1970, "VPTW", "Chánh Văn phòng", 2016);
        person("Nguyễn Khánh Vũ", Gender.MALE, 1973, "VPTU_QT", "Chánh Văn phòng", 2012);
        person("Trần Thị Thu Hà", Gender.FEMALE, 1980, "VPTU_QT", "Phó Chánh Văn phòng", 2008);
        person("Hoàng Đức Thắng", Gender.MALE, 1978, "VPTU_QT", "Phó Chánh Văn phòng", 2005);
        String[] departments = {"QT_TH", "QT_HCLT", "QT_QTTV", "QT_TCD", "QT_CYCNTT", "QT_NK"};
        int[] sizes = {10, 9, 8, 7, 6, 6};
        for (int d = 0; d < departments.length; d++) {
            for (int i = 0; i < sizes[d]; i++) {
                String position = i == 0 ? "Trưởng phòng" : i <= 2 ? "Phó Trưởng phòng"
                        : i % 3 == 0 ? "Chuyên viên chính" : "Chuyên viên";
                Gender gender = random.nextInt(100) < 45 ? Gender.FEMALE : Gender.MALE;
                person(randomName(gender), gender, 1968 + random.nextInt(30), departments[d], position,
                        2000 + random.nextInt(22));
            }
        }
        // A career with a transfer, so the history shows the unit at the time.
        PersonDetails moved = person("Phạm Thị Ánh", Gender.FEMALE, 1985, "QT_HCLT", "Chuyên viên", 2010);
        people.update(new PersonForm(moved.id(), moved.version(), moved.fullName(), moved.gender(),
                moved.birthYear(), true, unitIds.get("QT_TH"), positionIds.get("Phó Trưởng phòng"),
                moved.activeFrom(), LocalDate.of(2023, 3, 1)));
        for (String code : List.of("VPTU_HG", "HG_VT", "HG_NB", "HG_PH", "VPTU_VL", "VL_TH")) {
            for (int i = 0; i < 3; i++) {
                Gender gender = i == 1 ? Gender.FEMALE : Gender.MALE;
                person(randomName(gender), gender, 1970 + random.nextInt(25), code,
                        i == 0 ? (code.startsWith("VPTU") ? "Chánh Văn phòng" : "Trưởng phòng") : "Chuyên viên",
                        2005 + random.nextInt(15));
            }
        }
    }

    private void createOtherOfficesStaff() {
        String[] positionsInOrder = {"Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên chính", "Chuyên viên",
            "Chuyên viên", "Chuyên viên", "Cán sự"};
        for (String office : OTHER_OFFICES) {
            for (String department : List.of(office + "_PTH", office + "_PHC")) {
                for (String position : positionsInOrder) {
                    Gender gender = random.nextInt(100) < 45 ? Gender.FEMALE : Gender.MALE;
                    person(randomName(gender), gender, 1968 + random.nextInt(30), department, position,
                            2000 + random.nextInt(20));
                }
            }
        }
    }

    private String randomName(Gender gender) {
        boolean female = gender == Gender.FEMALE;
        return FAMILY[random.nextInt(FAMILY.length)] + " "
                + (female ? MIDDLE_FEMALE[random.nextInt(MIDDLE_FEMALE.length)]
                        : MIDDLE_MALE[random.nextInt(MIDDLE_MALE.length)]) + " "
                + (female ? GIVEN_FEMALE[random.nextInt(GIVEN_FEMALE.length)]
                        : GIVEN_MALE[random.nextInt(GIVEN_MALE.length)]);
    }

    private PersonDetails person(String name, Gender gender, int birthYear, String unit, String position,
            int sinceYear) {
        return people.create(new PersonForm(null, 0, name, gender, birthYear, random.nextInt(100) < 85,
                unitIds.get(unit), positionIds.get(position), LocalDate.of(sinceYear, 1 + random.nextInt(12), 1),
                null));
    }

    private void createBlocs() {
        BlocRecord north = blocs.save(new BlocRecord(null, 0, "KHOI_BTB",
                "Khối thi đua Văn phòng các tỉnh ủy Bắc Trung Bộ", "Giao ước thi đua hằng năm giữa Văn phòng "
                        + "các tỉnh ủy Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên Huế.", true));
        Set<Long> northMembers = Set.of(unitIds.get("VPTU_TH"), unitIds.get("VPTU_NA"), unitIds.get("VPTU_HT"),
                unitIds.get("VPTU_QB"), unitIds.get("VPTU_QT"), unitIds.get("VPTU_TTH"));
        // Every year from 2022 to last year, whose round the demo scores.
        int lastYear = LocalDate.now(clock).getYear() - 1;
        String[] leaders = {"VPTU_NA", "VPTU_QT", "VPTU_HT", "VPTU_QT"};
        for (int year = 2022; year <= lastYear; year++) {
            blocs.saveYear(north.id(), null, 0, year, northMembers, unitIds.get(leaders[(year - 2022) % 4]));
        }
        BlocRecord south = blocs.save(new BlocRecord(null, 0, "CUM_TNB",
                "Cụm thi đua Văn phòng các tỉnh, thành ủy Tây Nam Bộ", null, true));
        blocs.saveYear(south.id(), null, 0, lastYear, Set.of(unitIds.get("VPTU_HG"), unitIds.get("VPTU_VL"),
                unitIds.get("VPTU_CT")), unitIds.get("VPTU_VL"));
    }

    /**
     * The demo accounts keep the documented password Demo@2026, shorter than the password policy
     * asks (12+): seeded directly with one Argon2id hash, bypassing the policy, only as demo data.
     */
    private void createUsers() {
        List<UserForm> accounts = new ArrayList<>();
        createUsers(accounts);
        users.seedDemoAccounts(accounts, PASSWORD);
    }

    private void createUsers(List<UserForm> accounts) {
        user(accounts, "quantri", "Quản trị hệ thống", EnumSet.of(Role.ADMIN), null);
        user(accounts, "thuongtruc", "Trần Thị Thu Hà", EnumSet.of(Role.SECRETARY, Role.COUNCIL_MEMBER), "VPTU_QT");
        user(accounts, "chutich", "Nguyễn Khánh Vũ", EnumSet.of(Role.COUNCIL_MEMBER), "VPTU_QT");
        List<String> members = new ArrayList<>(List.of("Hoàng Đức Thắng", "Lê Văn Hùng", "Nguyễn Thị Lan",
                "Phan Quang Sơn", "Võ Thị Hạnh", "Đặng Minh Tuấn", "Bùi Thanh Long"));
        for (int i = 1; i <= 7; i++) {
            user(accounts, "uyvien" + i, members.get(i - 1), EnumSet.of(Role.COUNCIL_MEMBER), "VPTU_QT");
        }
        user(accounts, "canbo.tonghop", "Lê Thị Hồng Nhung", EnumSet.of(Role.UNIT_OFFICER), "QT_TH");
        user(accounts, "xem", "Ngô Văn Bình", EnumSet.of(Role.VIEWER), "VPTU_QT");
    }

    private void user(List<UserForm> accounts, String username, String fullName, Set<Role> roles, String unit) {
        accounts.add(new UserForm(null, 0, username, fullName, roles, unit == null ? null : unitIds.get(unit),
                PASSWORD, staffNamed(fullName, unit)));
    }

    /** The account of a member of the demo staff stands for them (their award record on the home page). */
    private Long staffNamed(String fullName, String unit) {
        return unit == null ? null : people.page(new PersonFilter(fullName, unitIds.get(unit), false), 0, 5).stream()
                .filter(p -> p.fullName().equals(fullName)).map(PersonRecord::id).findFirst().orElse(null);
    }
}

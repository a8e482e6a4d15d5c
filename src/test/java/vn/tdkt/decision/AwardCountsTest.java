package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.service.AwardCounts;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AmendmentInfo;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionRecords.Revocation;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.decision.service.LegacyDecisionWriter.LegacyAward;
import vn.tdkt.decision.service.LegacyDecisionWriter;
import vn.tdkt.decision.service.NumberingService;
import vn.tdkt.decision.service.OwnDocumentService.IssueForm;
import vn.tdkt.decision.service.OwnDocumentService.IssuedLine;
import vn.tdkt.decision.service.OwnDocumentService;
import vn.tdkt.decision.service.RevocationService;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.history.service.AwardStatisticsService;
import vn.tdkt.history.service.AwardStatisticsService.Statistics;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

/**
 * The statistics read counts kept with every write of the register; after any mix of
 * recording, amending, revoking, issuing and importing they equal a count of every award.
 */
@IntegrationTest
@WithUserDetails("thuongtruc")
class AwardCountsTest {

    @Autowired
    AwardCounts counts;
    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;
    @Autowired
    RevocationService revocations;
    @Autowired
    OwnDocumentService documents;
    @Autowired
    LegacyDecisionWriter legacy;
    @Autowired
    NumberingService numbering;
    @Autowired
    UnitService units;
    @Autowired
    PersonService people;
    @Autowired
    AwardStatisticsService statistics;
    @Autowired
    AwardSearchService register;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    RunAs run;

    private static final java.util.concurrent.atomic.AtomicLong NUMBERS =
            new java.util.concurrent.atomic.AtomicLong(300_000 + System.currentTimeMillis() % 60_000 * 10);

    private static String number() {
        return NUMBERS.incrementAndGet() + "/QĐ-UBND";
    }

    private Long province() {
        return data.unit("uy ban nhan dan tinh quang tri");
    }

    private DecisionForm form(String number, int year) {
        return new DecisionForm(null, 0, province(), number, LocalDate.of(2026, 3, 2), "Hà Sỹ Đồng",
                "Phó Chủ tịch UBND tỉnh", "Đã có thành tích xuất sắc", year, year, null, null);
    }

    private AwardForm person(Long personId, String award) {
        return new AwardForm(null, 0, RecipientKind.INDIVIDUAL, personId, null, data.award(award), null, null, null,
                null);
    }

    private AwardForm collective(String unit, String award) {
        return new AwardForm(null, 0, RecipientKind.COLLECTIVE, null, data.unit(unit), data.award(award), null, null,
                null, null);
    }

    /** The kept counts, without keys whose awards have all moved away. */
    private Map<String, Long> kept() {
        Map<String, Long> m = new TreeMap<>();
        jdbc.query("SELECT state, unit_id, award_year, award_type_id, kind, gender, n FROM dc_award_count WHERE n <> 0",
                rs -> {
                    m.put(rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getInt(3) + "|" + rs.getLong(4) + "|"
                            + rs.getString(5) + "|" + rs.getString(6), rs.getLong(7));
                });
        return m;
    }

    /** Every award counted again. */
    private Map<String, Long> recounted() {
        Map<String, Long> m = new TreeMap<>();
        jdbc.query("""
                SELECT state, COALESCE(unit_id, 0), award_year, award_type_id, kind, COALESCE(gender, ''), COUNT(*)
                FROM dc_award WHERE state <> 'DRAFT'
                GROUP BY state, COALESCE(unit_id, 0), award_year, award_type_id, kind, COALESCE(gender, '')
                """, rs -> {
                    m.put(rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getInt(3) + "|" + rs.getLong(4) + "|"
                            + rs.getString(5) + "|" + rs.getString(6), rs.getLong(7));
                });
        return m;
    }

    @Test
    void after_recording_amending_revoking_issuing_and_importing_the_kept_counts_equal_a_full_recount() {
        // Other tests may have loaded rows around the services: start from a recount.
        run.as("quantri", () -> counts.recount());
        assertThat(kept()).isEqualTo(recounted());
        Statistics start = statistics.statistics(AwardQuery.all(), 20);
        List<StaffMember> staff = people.staffOf(data.unit("phong tong hop van phong tinh uy quang tri"));

        // Record a decision of three recipients.
        DecisionDetails d = decisions.save(form(number(), 2025), null);
        d = awardLists.saveAward(d.id(), person(staff.get(0).personId(), "LDTT"), null);
        d = awardLists.saveAward(d.id(), person(staff.get(1).personId(), "CSTDCS"), null);
        d = awardLists.saveAward(d.id(), collective("phong hanh chinh luu tru quang tri", "TTLDTT"), null);
        assertThat(statistics.statistics(AwardQuery.all(), 20).total()).as("a draft is not counted")
                .isEqualTo(start.total());
        d = decisions.record(d.id(), d.version());
        assertThat(statistics.statistics(AwardQuery.all(), 20).total()).isEqualTo(start.total() + 3);

        // Amend it: its achievement year moves every award, a recipient is added, one changes award.
        AmendmentInfo amendment = new AmendmentInfo("Ghi nhầm năm thành tích", null, null);
        d = decisions.save(new DecisionForm(d.id(), d.version(), d.issuerUnitId(), d.docNumber(), d.decisionDate(),
                d.signerName(), d.signerTitle(), d.reason(), 2024, 2024, null, null), amendment);
        d = awardLists.saveAward(d.id(), person(staff.get(2).personId(), "LDTT"), amendment);
        AwardRecord second = d.awards().stream().filter(a -> a.personId() != null
                && a.personId().equals(staff.get(1).personId())).findFirst().orElseThrow();
        d = awardLists.saveAward(d.id(), new AwardForm(second.id(), second.version(), RecipientKind.INDIVIDUAL,
                second.personId(), null, data.award("LDTT"), null, null, null, null), amendment);
        // A refused change leaves the counts as they were.
        Long decisionId = d.id();
        assertRefused("error.award.duplicateRecipient", "person", () -> awardLists.saveAward(decisionId,
                person(staff.get(0).personId(), "LDTT"), amendment));

        // Revoke one recipient, then a whole other decision.
        AwardRecord first = d.awards().getFirst();
        revocations.revokeAward(first.id(), first.version(), new Revocation(LocalDate.of(2026, 6, 1),
                "Phát hiện khai man thành tích", "Điều 93 Luật Thi đua, khen thưởng"));
        DecisionDetails other = decisions.save(form(number(), 2025), null);
        other = awardLists.saveAward(other.id(), person(staff.get(3).personId(), "LDTT"), null);
        other = decisions.record(other.id(), other.version());
        revocations.revoke(other.id(), other.version(), new Revocation(LocalDate.of(2026, 6, 1),
                "Ban hành sai thẩm quyền", "Điều 93 Luật Thi đua, khen thưởng"));

        // Issue a decision of this office.
        Long issuer = PartyIssuers.create(run, units, numbering);
        documents.issueDecision(new IssueForm(issuer, LocalDate.of(2026, 11, 20), "Nguyễn Khánh Vũ",
                "Chánh Văn phòng", "Đã có thành tích năm 2026", 2026, 2026, null, null, null, null, null, List.of(
                        new IssuedLine(RecipientKind.INDIVIDUAL, staff.get(4).personId(), null, data.award("LDTT"),
                                null, null, null),
                        new IssuedLine(RecipientKind.COLLECTIVE, null,
                                data.unit("phong tong hop van phong tinh uy quang tri"), data.award("TTLDTT"), null,
                                null, null))));

        // Import a legacy list: someone in the registry, someone not, a unit.
        String imported = number();
        LocalDate date = LocalDate.of(2020, 1, 20);
        Long unit = data.unit("phong tong hop van phong tinh uy quang tri");
        legacy.write(List.of(
                new LegacyAward(imported, date, province(), 2019, 2019, data.award("LDTT"), RecipientKind.INDIVIDUAL,
                        staff.get(5).personId(), unit, staff.get(5).fullName(), staff.get(5).gender(), null, null,
                        null, null, null, null),
                new LegacyAward(imported, date, province(), 2019, 2019, data.award("LDTT"), RecipientKind.INDIVIDUAL,
                        null, unit, "Người Ngoài Danh Bạ", Gender.FEMALE, 1980, null, null, null, null, null),
                new LegacyAward(imported, date, province(), 2019, 2019, data.award("TTLDTT"),
                        RecipientKind.COLLECTIVE, null, unit, "Phòng Tổng hợp", null, null, null, null, null, null,
                        null)), "thu-nghiem.xlsx");

        assertThat(kept()).isEqualTo(recounted());
        Statistics end = statistics.statistics(AwardQuery.all(), 20);
        // 3 recorded + 1 added − 1 revoked; 1 recorded and revoked; 2 issued; 3 imported.
        assertThat(end.total()).isEqualTo(start.total() + 3 + 1 - 1 + 2 + 3)
                .isEqualTo(register.count(AwardQuery.all()));
        AwardQuery revoked = new AwardQuery("", java.util.Set.of(), null, null, null, null, null, null, null,
                AwardQuery.Revoked.ONLY);
        assertThat(statistics.statistics(revoked, 20).total()).isEqualTo(register.count(revoked));
        AwardQuery ofUnit = AwardQuery.all().withUnit(unit, null);
        assertThat(statistics.statistics(ofUnit, 20).total()).isEqualTo(register.count(ofUnit));

        // A recount finds nothing to correct.
        AwardCounts.Recount recount = run.as("quantri", () -> counts.recount());
        assertThat(recount.awards()).isEqualTo(recounted().values().stream().mapToLong(Long::longValue).sum());
        assertThat(statistics.statistics(AwardQuery.all(), 20)).isEqualTo(end);
    }

    @Test
    void statistics_with_a_text_are_counted_on_the_awards_themselves() {
        String number = number();
        DecisionDetails d = decisions.save(form(number, 2025), null);
        d = awardLists.saveAward(d.id(), collective("phong hanh chinh luu tru quang tri", "TTLDTT"), null);
        decisions.record(d.id(), d.version());
        Statistics s = statistics.statistics(AwardQuery.all().withText(number), 20);
        assertThat(s.total()).isEqualTo(1);
        assertThat(s.collectives()).isEqualTo(1);
    }

    @Test
    void only_an_administrator_recounts_the_statistics() {
        assertDenied(() -> counts.recount());
    }
}

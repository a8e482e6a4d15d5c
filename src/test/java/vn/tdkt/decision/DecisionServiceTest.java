package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;
import static vn.tdkt.support.Refusals.assertStale;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AmendmentInfo;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionFilter;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionRecords.Revocation;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.decision.service.RevocationService;
import vn.tdkt.history.service.AwardQuery.Revoked;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

@IntegrationTest
@WithUserDetails("thuongtruc")
class DecisionServiceTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;
    @Autowired
    RevocationService revocations;
    @Autowired
    AwardSearchService register;
    @Autowired
    PersonService people;
    @Autowired
    AuditService audit;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    RunAs runAs;

    private DecisionForm form(String number, LocalDate date, Integer yearFrom, Integer yearTo) {
        return new DecisionForm(null, 0, data.unit("uy ban nhan dan tinh quang tri"), number, date, "Hà Sỹ Đồng",
                "Phó Chủ tịch UBND tỉnh", "Đã có thành tích xuất sắc", yearFrom, yearTo, null, null);
    }

    private static final java.util.concurrent.atomic.AtomicLong NUMBERS =
            new java.util.concurrent.atomic.AtomicLong(100_000 + System.currentTimeMillis() % 80_000 * 10);

    /** A fresh well-formed state number, e.g. 345678/QĐ-UBND. */
    private static String number() {
        return NUMBERS.incrementAndGet() + "/QĐ-UBND";
    }

    private PersonRecord qtPerson(int index) {
        return people.page(new PersonFilter("", data.unit("phong tong hop van phong tinh uy quang tri"), false), 0, 20)
                .get(index);
    }

    private AwardForm individual(Long personId, String awardCode, Integer registerNo) {
        return new AwardForm(null, 0, RecipientKind.INDIVIDUAL, personId, null, data.award(awardCode), registerNo,
                null, null, null);
    }

    private AwardForm collective(String unitQuery, String awardCode, Integer registerNo) {
        return new AwardForm(null, 0, RecipientKind.COLLECTIVE, null, data.unit(unitQuery), data.award(awardCode),
                registerNo, null, null, null);
    }

    private AwardQuery byText(String text) {
        return AwardQuery.all().withText(text);
    }

    @Test
    void a_recorded_decision_enters_the_register_with_unit_position_and_money_of_the_time() {
        String number = number();
        LocalDate date = LocalDate.of(2026, 3, 2);
        DecisionDetails d = decisions.save(form(number, date, 2025, 2025), null);
        PersonRecord person = qtPerson(0);
        d = awardLists.saveAward(d.id(), individual(person.id(), "LDTT", 1), null);
        d = awardLists.saveAward(d.id(), collective("phong hanh chinh luu tru quang tri", "TTLDTT", 2), null);
        assertThat(register.count(byText(number))).as("a draft is not in the register").isZero();

        d = decisions.record(d.id(), d.version());

        assertThat(d.status()).isEqualTo(DecisionStatus.RECORDED);
        assertThat(register.count(byText(number))).isEqualTo(2);
        AwardRecord r = d.awards().stream().filter(x -> x.kind() == RecipientKind.INDIVIDUAL).findFirst()
                .orElseThrow();
        assertThat(r.unitName()).isEqualTo(person.unitName());
        assertThat(r.positionName()).isEqualTo(person.positionName());
        // LĐTT: 0,3 × 2.340.000 đ = 702.000 đ, rounded up to 710.000 đ; the base used is stored.
        assertThat(r.coefficient()).isEqualByComparingTo("0.3");
        assertThat(r.baseSalary()).isEqualByComparingTo("2340000");
        assertThat(r.amount()).isEqualByComparingTo("710000");
        assertThat(d.number().wellFormed()).isTrue();
        assertThat(d.number().type()).isEqualTo("QĐ");
        assertThat(d.number().body()).isEqualTo("UBND");
        assertThat(audit.trail("AwardDecision", d.id())).extracting(a -> a.action())
                .containsExactly("RECORD", "CREATE");
    }

    @Test
    void bad_dates_years_and_recipients_are_refused_with_the_field_named() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        assertRefused("error.decision.futureDate", "decisionDate",
                () -> decisions.save(form(number(), tomorrow, 2025, 2025), null));
        assertRefused("error.decision.yearsReversed", "yearFrom",
                () -> decisions.save(form(number(), LocalDate.of(2025, 5, 1), 2024, 2022), null));
        assertRefused("error.decision.yearAfterDecision", "yearTo",
                () -> decisions.save(form(number(), LocalDate.of(2025, 5, 1), 2026, 2026), null));

        DecisionDetails d = decisions.save(form(number(), LocalDate.of(2025, 5, 1), 2024, 2024), null);
        assertRefused("error.award.individualOnly", "awardType", () -> awardLists.saveAward(d.id(),
                collective("phong tong hop quang tri", "LDTT", null), null));
        assertRefused("error.award.collectiveOnly", "awardType", () -> awardLists.saveAward(d.id(),
                individual(qtPerson(1).id(), "TTLDXS", null), null));
        awardLists.saveAward(d.id(), individual(qtPerson(1).id(), "LDTT", 1), null);
        assertRefused("error.award.duplicateRecipient", "person", () -> awardLists.saveAward(d.id(),
                individual(qtPerson(1).id(), "LDTT", 2), null));
        assertRefused("error.award.duplicateRegisterNo", "registerNo", () -> awardLists.saveAward(d.id(),
                individual(qtPerson(2).id(), "LDTT", 1), null));
        assertThat(decisions.get(d.id()).awards()).hasSize(1);
    }

    @Test
    void a_malformed_number_is_kept_as_printed_and_flagged() {
        DecisionDetails d = decisions.save(form("QĐ số 15 ngày 3/2 " + Unique.code("N"), LocalDate.of(2024, 2, 3),
                2023, 2023), null);
        assertThat(d.docNumber()).startsWith("QĐ số 15 ngày 3/2");
        assertThat(d.number().wellFormed()).isFalse();
    }

    @Test
    void a_recorded_decision_changes_only_through_a_visible_amendment() {
        DecisionDetails d = decisions.save(form(number(), LocalDate.of(2025, 6, 1), 2024, 2024), null);
        d = awardLists.saveAward(d.id(), individual(qtPerson(3).id(), "LDTT", 1), null);
        d = decisions.record(d.id(), d.version());
        DecisionDetails recorded = d;
        DecisionForm changed = new DecisionForm(d.id(), d.version(), d.issuerUnitId(), d.docNumber(),
                d.decisionDate(), "Võ Văn Hưng", d.signerTitle(), d.reason(), 2024, 2024, null, null);
        assertRefused("error.decision.amendmentRequired", "amendmentReason", () -> decisions.save(changed, null));
        assertRefused("error.decision.amendmentRequired", "amendmentReason",
                () -> decisions.save(changed, new AmendmentInfo("  ", "12/QĐ-UBND", null)));
        AwardRecord r = d.awards().getFirst();
        assertRefused("error.decision.locked", () -> awardLists.removeAward(r.id(), r.version()));
        assertThat(decisions.get(d.id()).signerName()).isEqualTo("Hà Sỹ Đồng");

        d = decisions.save(changed, new AmendmentInfo("Ghi nhầm người ký", "12/QĐ-UBND", null));
        d = awardLists.saveAward(d.id(), individual(qtPerson(4).id(), "LDTT", 2),
                new AmendmentInfo("Bổ sung người được khen", null, null));

        assertThat(d.signerName()).isEqualTo("Võ Văn Hưng");
        assertThat(d.amendments()).hasSize(2);
        assertThat(d.amendments().getFirst().changes()).contains("Người ký").contains("Võ Văn Hưng");
        assertThat(d.amendments().getFirst().docNumber()).isEqualTo("12/QĐ-UBND");
        assertThat(d.amendments().get(1).changes()).startsWith("Bổ sung");
        assertThat(d.awards()).allMatch(x -> x.state() == AwardState.ACTIVE);
        assertThat(recorded.version()).isLessThan(d.version());
    }

    @Test
    void a_revoked_recipient_stays_on_record_but_counts_no_more() {
        String number = number();
        DecisionDetails d = decisions.save(form(number, LocalDate.of(2025, 7, 1), 2024, 2024), null);
        d = awardLists.saveAward(d.id(), individual(qtPerson(5).id(), "LDTT", 1), null);
        d = awardLists.saveAward(d.id(), individual(qtPerson(6).id(), "LDTT", 2), null);
        d = decisions.record(d.id(), d.version());
        AwardRecord first = d.awards().getFirst();
        assertRefused("error.required", "revokeReason", () -> revocations.revokeAward(first.id(),
                first.version(), new Revocation(LocalDate.of(2025, 8, 1), "", "Điều 93 Luật Thi đua, khen thưởng")));
        assertRefused("error.revocation.beforeDecision", "revokedOn", () -> revocations.revokeAward(first.id(),
                first.version(), new Revocation(LocalDate.of(2025, 6, 30), "Lý do", "Điều 93")));

        d = revocations.revokeAward(first.id(), first.version(), new Revocation(LocalDate.of(2025, 8, 1),
                "Thành tích không đúng sự thật", "Điều 93 Luật Thi đua, khen thưởng 2022"));

        assertThat(register.count(byText(number))).isEqualTo(1);
        AwardQuery revoked = new AwardQuery(number, Set.of(), null, null, null, null, null, null, null,
                Revoked.ONLY);
        assertThat(register.page(revoked, List.of(), 0, 10)).singleElement()
                .satisfies(row -> assertThat(row.revokeReason()).isEqualTo("Thành tích không đúng sự thật"));

        d = revocations.revoke(d.id(), d.version(), new Revocation(LocalDate.of(2025, 9, 1), "Hủy bỏ quyết định",
                "Quyết định 99/QĐ-UBND"));
        assertThat(d.status()).isEqualTo(DecisionStatus.REVOKED);
        assertThat(register.count(byText(number))).isZero();
        assertThat(d.awards()).allMatch(x -> x.state() == AwardState.REVOKED);
    }

    @Test
    void a_stale_form_is_refused() {
        DecisionDetails d = decisions.save(form(number(), LocalDate.of(2025, 6, 1), 2024, 2024), null);
        decisions.save(new DecisionForm(d.id(), d.version(), d.issuerUnitId(), d.docNumber(), d.decisionDate(),
                "Người ký A", null, null, 2024, 2024, null, null), null);
        assertStale(() -> decisions.save(new DecisionForm(d.id(), d.version(), d.issuerUnitId(),
                d.docNumber(), d.decisionDate(), "Người ký B", null, null, 2024, 2024, null, null), null));
        assertThat(decisions.get(d.id()).signerName()).isEqualTo("Người ký A");
    }

    @Test
    void the_same_number_of_the_same_body_on_the_same_day_is_refused() {
        String number = number();
        decisions.save(form(number, LocalDate.of(2025, 6, 1), 2024, 2024), null);
        BusinessException refusal = assertRefused("error.decision.duplicateNumber", "docNumber",
                () -> decisions.save(form(number, LocalDate.of(2025, 6, 1), 2024, 2024), null));
        assertThat(refusal.getArgs()[0]).isEqualTo(number);
    }

    @Test
    void unit_officers_and_viewers_read_the_register_but_write_nothing() {
        String number = number();
        DecisionDetails d = decisions.save(form(number, LocalDate.of(2025, 6, 1), 2024, 2024), null);
        d = awardLists.saveAward(d.id(), individual(qtPerson(7).id(), "LDTT", 1), null);
        DecisionDetails recorded = decisions.record(d.id(), d.version());
        AwardRecord r = recorded.awards().getFirst();

        for (String reader : List.of("canbo.tonghop", "xem")) {
            runAs.as(reader, () -> {
                assertThat(register.count(byText(number))).isEqualTo(1);
                String other = number();
                assertDenied(() -> decisions.save(form(other, LocalDate.of(2025, 6, 1), 2024, 2024), null));
                assertThat(decisions.count(new DecisionFilter(other, 0, null))).isZero();
                assertDenied(() -> revocations.revokeAward(r.id(), r.version(), new Revocation(
                        LocalDate.of(2025, 7, 1), "Không có quyền", "Điều 93")));
            });
        }
        assertThat(decisions.get(d.id()).awards()).extracting(AwardRecord::state)
                .containsExactly(AwardState.ACTIVE);
    }

    @Test
    void coefficient_printed_on_an_old_decision_is_used_with_the_base_of_that_date() {
        DecisionDetails d = decisions.save(form(number(), LocalDate.of(2022, 10, 12), 2019, 2022), null);
        d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.COLLECTIVE, null,
                data.unit("phong tong hop quang tri"), data.award("BK_TINH"), 1, new BigDecimal("3.0"), null, null),
                null);
        // 3,0 × 1.490.000 đ (base from 01/7/2019) = 4.470.000 đ.
        assertThat(d.awards().getFirst().amount()).isEqualByComparingTo("4470000");
        assertThat(d.awards().getFirst().baseSalary()).isEqualByComparingTo("1490000");
    }
}

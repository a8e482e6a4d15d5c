package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.domain.DecisionSource;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionFilter;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionRow;
import vn.tdkt.decision.service.DecisionRecords.MoneyNote;
import vn.tdkt.decision.service.DecisionRecords.Revocation;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.decision.service.RevocationService;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.history.service.TimelineService.TimelineEntry;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/** Numbers, combined lists, money and revocations a secretary can rely on. */
@IntegrationTest
@WithUserDetails("thuongtruc")
class DecisionTrustTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;
    @Autowired
    RevocationService revocations;
    @Autowired
    TimelineService timelines;
    @Autowired
    PersonService people;
    @Autowired
    AuditService audit;
    @Autowired
    TestData data;

    private static final java.util.concurrent.atomic.AtomicInteger SEQ =
            new java.util.concurrent.atomic.AtomicInteger(700_000 + (int) (System.currentTimeMillis() % 90_000));

    private Long office() {
        return data.unit("van phong tinh uy quang tri");
    }

    private DecisionForm form(Long issuer, String number, LocalDate date) {
        return new DecisionForm(null, 0, issuer, number, date, "Nguyễn Khánh Vũ", "Chánh Văn phòng", null,
                date.getYear() - 1, date.getYear() - 1, null, null);
    }

    private PersonRecord staff(int index) {
        return people.page(new PersonFilter("", data.unit("phong tong hop van phong tinh uy quang tri"), false), 0,
                20).get(index);
    }

    private AwardForm individual(Long personId, String award) {
        return new AwardForm(null, 0, RecipientKind.INDIVIDUAL, personId, null, data.award(award), null, null, null,
                null);
    }

    @Test
    void the_same_number_of_the_same_body_in_the_same_term_is_refused_however_it_is_typed_and_whatever_its_date() {
        int seq = SEQ.incrementAndGet();
        // The demo office numbers within the provincial party committee's terms (2020–2025 from 15/10/2020).
        DecisionDetails first = decisions.save(form(office(), seq + "-QĐ/VPTU", LocalDate.of(2024, 3, 2)), null);

        for (String retyped : List.of("0" + seq + "-QD/VPTU", "Số " + seq + "–qđ/vptu", seq + "-QĐ/VPTU")) {
            BusinessException refusal = assertRefused("error.decision.duplicateNumberInTerm", "docNumber",
                    () -> decisions.save(form(office(), retyped, LocalDate.of(2025, 6, 20)), null));
            assertThat(Notifications.describe(null, refusal)).isEqualTo("Đã có quyết định số " + seq
                    + "-QĐ/VPTU ngày 02/03/2024 của " + first.issuer() + " trong cùng nhiệm kỳ (Nhiệm kỳ 2020–2025, "
                    + "15/10/2020–14/10/2025): một cơ quan không ban hành hai văn bản cùng loại, cùng số trong một "
                    + "nhiệm kỳ (QĐ và QD, 05 và 5, chữ hoa và chữ thường là cùng một số).");
        }
        // The next term, or another body (numbering per year: no term recorded), may use the number again.
        assertThat(decisions.save(form(office(), seq + "-QĐ/VPTU", LocalDate.of(2026, 1, 5)), null).id())
                .isNotNull();
        Long haugiang = data.unit("van phong tinh uy hau giang");
        DecisionDetails other = decisions.save(form(haugiang, seq + "-QĐ/VPTU", LocalDate.of(2025, 6, 1)), null);
        BusinessException sameYear = assertRefused("error.decision.duplicateNumber", "docNumber",
                () -> decisions.save(form(haugiang, "0" + seq + "-qd/vptu", LocalDate.of(2025, 10, 20)), null));
        assertThat(Notifications.describe(null, sameYear)).isEqualTo("Đã có quyết định số " + seq
                + "-QĐ/VPTU ngày 01/06/2025 của " + other.issuer()
                + " trong sổ: một cơ quan không ban hành hai văn bản cùng số trong một năm.");
        assertThat(decisions.save(form(haugiang, seq + "-QĐ/VPTU", LocalDate.of(2026, 1, 2)), null).id()).isNotNull();
        // The draft keeps its own number.
        assertThat(decisions.save(new DecisionForm(first.id(), first.version(), first.issuerUnitId(),
                first.docNumber(), first.decisionDate(), "Người ký khác", null, null, 2024, 2024, null, null), null)
                .signerName()).isEqualTo("Người ký khác");
    }

    @Test
    void a_number_already_in_the_register_from_an_imported_list_is_refused() {
        // Imported decisions of January 2020 lie in the demo office's 2015–2020 term.
        DecisionRow imported = decisions.page(new DecisionFilter("-QĐ/VPTU", 2019, null), 0, 50).stream()
                .filter(r -> decisions.get(r.id()).source() == DecisionSource.IMPORT).findFirst().orElseThrow();
        String retyped = "0" + imported.docNumber().replace("Đ", "D").toLowerCase();
        BusinessException refusal = assertRefused("error.decision.duplicateNumberInTerm", "docNumber",
                () -> decisions.save(form(office(), retyped, imported.decisionDate().plusDays(3)), null));
        assertThat(refusal.getArgs()[0]).isEqualTo(imported.docNumber());
    }

    @Test
    void a_combined_decision_lists_one_person_under_two_awards_but_not_twice_under_one() {
        DecisionDetails d = decisions.save(form(office(), SEQ.incrementAndGet() + "-QĐ/VPTU",
                LocalDate.of(2025, 1, 20)), null);
        Long person = staff(8).id();

        d = awardLists.saveAward(d.id(), individual(person, "LDTT"), null);
        d = awardLists.saveAward(d.id(), individual(person, "CSTDCS"), null);
        Long decisionId = d.id();
        BusinessException refusal = assertRefused("error.award.duplicateRecipient", "person",
                () -> awardLists.saveAward(decisionId, individual(person, "LDTT"), null));

        assertThat(Notifications.describe(null, refusal)).isEqualTo(staff(8).fullName()
                + " đã được khen Lao động tiên tiến trong quyết định này.");
        assertThat(decisions.get(d.id()).awards()).extracting(AwardRecord::awardName)
                .containsExactlyInAnyOrder("Lao động tiên tiến", "Chiến sĩ thi đua cơ sở");
        d = decisions.record(d.id(), d.version());
        assertThat(timelines.person(person).entries()).filteredOn(e -> e.decisionId().equals(decisionId))
                .hasSize(2);
    }

    @Test
    void money_rests_on_an_unconfirmed_base_only_with_a_warning_and_missing_money_is_never_zero() {
        // 01/7/2026: 2.530.000 đ, seeded as "chưa chính thức".
        DecisionDetails d = decisions.save(form(office(), SEQ.incrementAndGet() + "-QĐ/VPTU",
                LocalDate.of(2026, 9, 1)), null);
        d = awardLists.saveAward(d.id(), individual(staff(9).id(), "KNC_VPCU"), null);
        assertThat(d.baseWarning()).as("no money, nothing rests on the base").isNull();
        assertThat(d.totalAmount()).isNull();
        assertThat(d.totalNote()).isEqualTo(MoneyNote.NONE_BY_RULES);
        assertThat(d.awards().getFirst().money()).isEqualTo(MoneyNote.NONE_BY_RULES);

        d = awardLists.saveAward(d.id(), individual(staff(10).id(), "LDTT"), null);
        assertThat(d.totalAmount()).isEqualByComparingTo("760000");
        assertThat(d.baseWarning()).isNotNull();
        assertThat(d.baseWarning().confirmed()).isFalse();
        assertThat(d.baseWarning().effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));

        DecisionRow imported = decisions.page(new DecisionFilter("-QĐ/VPTU", 2019, null), 0, 50).stream()
                .filter(r -> decisions.get(r.id()).source() == DecisionSource.IMPORT).findFirst().orElseThrow();
        DecisionDetails old = decisions.get(imported.id());
        assertThat(old.totalAmount()).isNull();
        assertThat(old.totalNote()).isEqualTo(MoneyNote.NO_DATA);
        assertThat(old.awards()).extracting(AwardRecord::money).containsOnly(MoneyNote.NO_DATA);
    }

    @Test
    void a_revocation_carries_its_date_reason_ground_and_who_revoked_to_the_timelines() {
        DecisionDetails d = decisions.save(form(office(), SEQ.incrementAndGet() + "-QĐ/VPTU",
                LocalDate.of(2025, 2, 10)), null);
        Long person = staff(3).id();
        Long unit = data.unit("phong hanh chinh luu tru van phong tinh uy quang tri");
        d = awardLists.saveAward(d.id(), individual(person, "LDTT"), null);
        d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.COLLECTIVE, null, unit,
                data.award("TTLDTT"), null, null, null, null), null);
        d = decisions.record(d.id(), d.version());
        AwardRecord mine = d.awards().stream().filter(a -> person.equals(a.personId())).findFirst().orElseThrow();
        String reason = "Thành tích không đúng sự thật " + Unique.code("TH");

        d = revocations.revokeAward(mine.id(), mine.version(), new Revocation(LocalDate.of(2025, 8, 4), reason,
                "Điều 93 Luật Thi đua, khen thưởng 2022"));
        d = revocations.revoke(d.id(), d.version(), new Revocation(LocalDate.of(2025, 9, 5), "Hủy bỏ quyết định",
                "Quyết định 99-QĐ/VPTU"));

        assertThat(d.revokedBy()).isEqualTo("thuongtruc");
        assertThat(d.awards()).extracting(AwardRecord::revokedBy).containsOnly("thuongtruc");
        Long decisionId = d.id();
        TimelineEntry entry = timelines.person(person).entries().stream()
                .filter(e -> e.decisionId().equals(decisionId)).findFirst().orElseThrow();
        assertThat(entry.revokedOn()).isEqualTo(LocalDate.of(2025, 8, 4));
        assertThat(entry.revokeReason()).isEqualTo(reason);
        assertThat(entry.revokeGround()).isEqualTo("Điều 93 Luật Thi đua, khen thưởng 2022");
        assertThat(entry.revokedBy()).isEqualTo("thuongtruc");
        assertThat(timelines.unitRevocations(unit)).filteredOn(e -> e.decisionId().equals(decisionId))
                .singleElement().satisfies(e -> {
                    assertThat(e.revokedOn()).isEqualTo(LocalDate.of(2025, 9, 5));
                    assertThat(e.revokeGround()).isEqualTo("Quyết định 99-QĐ/VPTU");
                    assertThat(e.recipientName()).startsWith("Phòng Hành chính");
                });
        assertThat(audit.trail("AwardDecision", decisionId)).extracting(AuditRecord::summary)
                .anySatisfy(s -> assertThat(s).contains("ngày 05/09/2025: Hủy bỏ quyết định"));
    }
}

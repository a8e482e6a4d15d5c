package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/**
 * Every seeded award type can be given to every kind of recipient it allows, on a date with
 * rules in force and on one before any rule: the award is saved, with its money or with "no
 * money under the rules", never with an unexpected error.
 */
@IntegrationTest
@WithUserDetails("thuongtruc")
class EveryAwardTypeTest {

    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;
    @Autowired
    AwardTypeService awardTypes;
    @Autowired
    PersonService people;
    @Autowired
    UnitService units;
    @Autowired
    TestData data;

    private DecisionDetails draft(LocalDate date) {
        return decisions.save(new DecisionForm(null, 0, data.unit("van phong tinh uy quang tri"),
                Unique.code("GK").replace("_", "-") + "-QĐ/VPTU", date, "Người ký", null, null, date.getYear() - 1,
                date.getYear() - 1, null, null), null);
    }

    @Test
    void every_award_type_is_saved_for_every_recipient_kind_it_allows_with_or_without_money() {
        List<PersonRecord> staff = people.page(new PersonFilter("", data.unit("van phong tinh uy quang tri"), true),
                0, 40);
        List<Long> collectives = units.options("phong", 0, 40).stream().map(u -> u.id()).toList();
        List<String> failures = new ArrayList<>();
        for (LocalDate date : List.of(LocalDate.of(2026, 9, 15), LocalDate.of(2016, 5, 10))) {
            DecisionDetails d = draft(date);
            int person = 0;
            int unit = 0;
            for (AwardTypeRecord type : awardTypes.search("", null)) {
                for (RecipientKind kind : List.of(RecipientKind.INDIVIDUAL, RecipientKind.COLLECTIVE)) {
                    if (!type.recipientKind().allows(kind)) {
                        continue;
                    }
                    AwardForm form = kind == RecipientKind.INDIVIDUAL
                            ? new AwardForm(null, 0, kind, staff.get(person++).id(), null, type.id(), null, null,
                                    null, null)
                            : new AwardForm(null, 0, kind, null, collectives.get(unit++), type.id(), null, null, null,
                                    null);
                    Long decisionId = d.id();
                    Throwable thrown = catchThrowable(() -> awardLists.saveAward(decisionId, form, null));
                    if (thrown != null) {
                        failures.add(type.code() + " " + kind + " " + date + ": " + thrown);
                    }
                }
            }
            DecisionDetails saved = decisions.get(d.id());
            assertThat(saved.awards()).as("awards saved on %s", date).hasSize(person + unit);
            for (AwardRecord a : saved.awards()) {
                MoneyChecks.check(a, date);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_giay_khen_carries_its_money_for_a_person_and_a_unit() {
        DecisionDetails d = draft(LocalDate.of(2025, 12, 1));
        Long person = people.page(new PersonFilter("", data.unit("van phong tinh uy quang tri"), true), 0, 1)
                .getFirst().id();
        d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.INDIVIDUAL, person, null,
                data.award("GIAY_KHEN"), 1, null, null, null), null);
        d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.COLLECTIVE, null,
                data.unit("phong tong hop van phong tinh uy quang tri"), data.award("GIAY_KHEN"), 2, null, null,
                null), null);
        // 0,3 and 0,6 × 2.340.000 đ = 702.000 and 1.404.000 đ, rounded up to 10.000 đ.
        assertThat(d.awards()).extracting(AwardRecord::amount).extracting(java.math.BigDecimal::longValue)
                .containsExactly(710_000L, 1_410_000L);
    }
}

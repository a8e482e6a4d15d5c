package vn.tdkt.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;
import static vn.tdkt.support.Refusals.assertStale;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.history.service.RatingService.RatingRow;
import vn.tdkt.history.service.RatingService;
import vn.tdkt.history.service.TimelineService.RatingRecord;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.Unique;

/** Yearly ratings of a department of the test's own, entered by the secretary. */
@IntegrationTest
@WithUserDetails("thuongtruc")
class RatingServiceTest {

    @Autowired
    RatingService ratings;
    @Autowired
    TimelineService timelines;
    @Autowired
    UnitService units;
    @Autowired
    PersonService people;
    @Autowired
    AuditService audit;
    @Autowired
    RunAs runAs;
    @Autowired
    Clock clock;

    Long unit;
    int lastYear;

    @BeforeEach
    void departmentWithTwoPeople() {
        lastYear = LocalDate.now(clock).getYear() - 1;
        unit = runAs.as("quantri", () -> {
            Long id = units.create(new UnitForm(null, 0, Unique.code("XL"), "Phòng Xếp loại thử", null,
                    UnitKind.DEPARTMENT, null, 0, null)).id();
            for (String name : List.of("Nguyễn Thị Bích", "Đỗ Văn An")) {
                people.create(new PersonForm(null, 0, name, Gender.FEMALE, 1980, true, id, null,
                        LocalDate.of(2010, 1, 1), null));
            }
            return id;
        });
    }

    private RatingRow rated(RatingRow row, Rating rating, String note) {
        return new RatingRow(row.personId(), row.fullName(), row.positionName(), row.ratingId(), row.version(),
                rating, note);
    }

    @Test
    void a_yearly_rating_is_set_changed_and_shown_on_the_sheet_and_the_person_page() {
        List<RatingRow> sheet = ratings.sheet(unit, lastYear);
        assertThat(sheet).extracting(RatingRow::fullName).containsExactly("Đỗ Văn An", "Nguyễn Thị Bích");
        assertThat(sheet).extracting(RatingRow::rating).containsOnlyNulls();
        RatingRow an = sheet.getFirst();

        RatingRow saved = ratings.save(rated(an, Rating.HTXSNV, "Sáng kiến được công nhận"), lastYear);
        RatingRow changed = ratings.save(rated(saved, Rating.HTTNV, saved.note()), lastYear);

        assertThat(changed.version()).isGreaterThan(saved.version());
        assertThat(ratings.sheet(unit, lastYear)).extracting(RatingRow::rating).containsExactly(Rating.HTTNV, null);
        assertThat(timelines.person(an.personId()).ratings()).singleElement().satisfies(r -> {
            assertThat(r.year()).isEqualTo(lastYear);
            assertThat(r.rating()).isEqualTo(Rating.HTTNV);
            assertThat(r.note()).isEqualTo("Sáng kiến được công nhận");
        });
        assertThat(audit.trail("PerformanceRating", saved.ratingId())).extracting(AuditRecord::summary)
                .containsExactly("Đỗ Văn An, năm " + lastYear
                        + ": Hoàn thành xuất sắc nhiệm vụ → Hoàn thành tốt nhiệm vụ",
                        "Đỗ Văn An, năm " + lastYear + ": ∅ → Hoàn thành xuất sắc nhiệm vụ");
    }

    @Test
    void clearing_a_rating_removes_it_from_the_sheet_and_the_person_page() {
        RatingRow an = ratings.sheet(unit, lastYear).getFirst();
        RatingRow saved = ratings.save(rated(an, Rating.HTNV, null), lastYear);

        RatingRow cleared = ratings.save(rated(saved, null, null), lastYear);

        assertThat(cleared.ratingId()).isNull();
        assertThat(ratings.sheet(unit, lastYear)).extracting(RatingRow::rating).containsOnlyNulls();
        assertThat(timelines.person(an.personId()).ratings()).extracting(RatingRecord::year).isEmpty();
    }

    @Test
    void a_rating_saved_from_a_sheet_opened_before_someone_elses_change_is_refused() {
        RatingRow openedByA = ratings.sheet(unit, lastYear).getFirst();
        RatingRow openedByB = ratings.sheet(unit, lastYear).getFirst();
        RatingRow savedByA = ratings.save(rated(openedByA, Rating.HTXSNV, null), lastYear);

        // B's sheet still shows "not rated": saving it would silently overwrite A's rating.
        assertStale(() -> ratings.save(rated(openedByB, Rating.KHTNV, null), lastYear));
        RatingRow changedByA = ratings.save(rated(savedByA, Rating.HTTNV, null), lastYear);
        assertStale(() -> ratings.save(rated(savedByA, Rating.HTNV, null), lastYear));

        assertThat(ratings.sheet(unit, lastYear).getFirst().rating()).isEqualTo(Rating.HTTNV);
        assertThat(changedByA.version()).isGreaterThan(savedByA.version());
    }

    @Test
    void ratings_of_years_to_come_are_refused_on_the_year() {
        RatingRow an = ratings.sheet(unit, lastYear).getFirst();
        int nextYear = lastYear + 2;

        BusinessException refusal = assertRefused("error.rating.year", "year",
                () -> ratings.save(rated(an, Rating.HTTNV, null), nextYear));
        assertThat(refusal.getArgs()).containsExactly(lastYear + 1);
        assertThat(ratings.sheet(unit, nextYear)).extracting(RatingRow::rating).containsOnlyNulls();
    }

    @Test
    void council_members_read_the_ratings_officers_of_other_units_and_viewers_neither_read_nor_rate() {
        RatingRow an = ratings.sheet(unit, lastYear).getFirst();
        ratings.save(rated(an, Rating.HTXSNV, null), lastYear);

        runAs.as("chutich", () -> {
            RatingRow seen = ratings.sheet(unit, lastYear).getFirst();
            assertThat(seen.rating()).isEqualTo(Rating.HTXSNV);
            assertDenied(() -> ratings.save(rated(seen, Rating.KHTNV, null), lastYear));
        });
        for (String reader : List.of("canbo.tonghop", "xem")) {
            runAs.as(reader, () -> {
                assertDenied(() -> ratings.sheet(unit, lastYear));
                assertDenied(() -> ratings.save(rated(an, Rating.KHTNV, null), lastYear));
            });
        }
        assertThat(ratings.sheet(unit, lastYear).getFirst().rating()).isEqualTo(Rating.HTXSNV);
    }
}

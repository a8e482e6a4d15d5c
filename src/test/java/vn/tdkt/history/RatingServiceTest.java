package vn.tdkt.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.base.service.StaleDataException;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.history.service.RatingService.RatingRow;
import vn.tdkt.history.service.RatingService;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

@IntegrationTest
@WithUserDetails("thuongtruc")
class RatingServiceTest {

    @Autowired
    RatingService ratings;
    @Autowired
    TimelineService timelines;
    @Autowired
    TestData data;
    @Autowired
    RunAs runAs;

    @Test
    void a_yearly_rating_is_set_changed_and_shown_on_the_person_page() {
        List<RatingRow> sheet = ratings.sheet(data.unit("phong tai chinh dang quang tri"), 2020);
        RatingRow first = sheet.getFirst();
        assertThat(first.rating()).as("the demo rates 2021 onwards").isNull();

        RatingRow saved = ratings.save(new RatingRow(first.personId(), first.fullName(), first.positionName(), null,
                0, Rating.HTXSNV, "Sáng kiến được công nhận"), 2020);
        RatingRow changed = ratings.save(new RatingRow(saved.personId(), saved.fullName(), saved.positionName(),
                saved.ratingId(), saved.version(), Rating.HTTNV, null), 2020);

        assertThat(timelines.person(first.personId()).ratings())
                .anySatisfy(r -> {
                    assertThat(r.year()).isEqualTo(2020);
                    assertThat(r.rating()).isEqualTo(Rating.HTTNV);
                });
        assertThatThrownBy(() -> ratings.save(new RatingRow(saved.personId(), saved.fullName(), null,
                saved.ratingId(), saved.version(), Rating.HTNV, null), 2020)).isInstanceOf(StaleDataException.class);
        assertThat(changed.version()).isGreaterThan(saved.version());
    }

    @Test
    void ratings_of_future_years_are_refused_and_officers_cannot_rate() {
        RatingRow someone = ratings.sheet(data.unit("phong tai chinh dang quang tri"), 2024).getFirst();
        assertThatThrownBy(() -> ratings.save(someone, 2999)).hasFieldOrPropertyWithValue("messageKey",
                "error.rating.year");
        runAs.as("canbo.tonghop", () -> assertThatThrownBy(() -> ratings.save(someone, 2024))
                .isInstanceOf(AccessDeniedException.class));
    }
}

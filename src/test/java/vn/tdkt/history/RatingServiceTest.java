package vn.tdkt.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
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
import vn.tdkt.support.DemoYears;
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
    @Autowired
    Clock clock;

    @Test
    void a_yearly_rating_is_set_changed_and_shown_on_the_person_page() {
        int unrated = DemoYears.firstRated(clock) - 1;
        List<RatingRow> sheet = ratings.sheet(data.unit("phong tai chinh dang quang tri"), unrated);
        RatingRow first = sheet.getFirst();
        assertThat(first.rating()).as("the demo rates the last five years").isNull();

        RatingRow saved = ratings.save(new RatingRow(first.personId(), first.fullName(), first.positionName(), null,
                0, Rating.HTXSNV, "Sáng kiến được công nhận"), unrated);
        RatingRow changed = ratings.save(new RatingRow(saved.personId(), saved.fullName(), saved.positionName(),
                saved.ratingId(), saved.version(), Rating.HTTNV, null), unrated);

        assertThat(timelines.person(first.personId()).ratings())
                .anySatisfy(r -> {
                    assertThat(r.year()).isEqualTo(unrated);
                    assertThat(r.rating()).isEqualTo(Rating.HTTNV);
                });
        assertThatThrownBy(() -> ratings.save(new RatingRow(saved.personId(), saved.fullName(), null,
                saved.ratingId(), saved.version(), Rating.HTNV, null), unrated)).isInstanceOf(StaleDataException.class);
        assertThat(changed.version()).isGreaterThan(saved.version());
    }

    @Test
    void ratings_of_future_years_are_refused_and_officers_cannot_rate() {
        int rated = DemoYears.thisYear(clock) - 1;
        RatingRow someone = ratings.sheet(data.unit("phong tai chinh dang quang tri"), rated).getFirst();
        assertThatThrownBy(() -> ratings.save(someone, DemoYears.thisYear(clock) + 1))
                .hasFieldOrPropertyWithValue("messageKey", "error.rating.year");
        runAs.as("canbo.tonghop", () -> assertThatThrownBy(() -> ratings.save(someone, rated))
                .isInstanceOf(AccessDeniedException.class));
    }
}

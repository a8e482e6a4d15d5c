package vn.tdkt.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.nomination.domain.DecidingBody;
import vn.tdkt.nomination.domain.RoundKind;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.AwardRoundService.RoundForm;
import vn.tdkt.nomination.service.AwardRoundService;

/**
 * Demo award rounds of Văn phòng Tỉnh ủy Quảng Trị, relative to the clock: this year's
 * year-end round receiving dossiers until mid-December, and the round of the last decided
 * year (decided on 20 January, as the demo register has it) gone through every step.
 */
@Component
class DemoRounds {

    private static final Set<String> YEAR_END_AWARDS = Set.of("LDTT", "CSTDCS", "CSTD_TINH", "TTLDTT", "TTLDXS",
            "BK_TINH", "GIAY_KHEN", "CO_TD_TINH");

    private final AwardRoundService rounds;
    private final AwardTypeService awardTypes;
    private final Clock clock;

    DemoRounds(AwardRoundService rounds, AwardTypeService awardTypes, Clock clock) {
        this.rounds = rounds;
        this.awardTypes = awardTypes;
        this.clock = clock;
    }

    void create(Map<String, Long> unitIds) {
        Set<Long> awards = awardTypes.search("", null).stream().filter(a -> YEAR_END_AWARDS.contains(a.code()))
                .map(AwardTypeRecord::id).collect(Collectors.toSet());
        Long office = unitIds.get("VPTU_QT");
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        int decided = today.isBefore(LocalDate.of(year, 1, 20)) ? year - 2 : year - 1;

        RoundDetails past = rounds.save(yearEnd(decided, office, awards, LocalDate.of(decided + 1, 1, 2),
                LocalDate.of(decided + 1, 1, 12)));
        past = rounds.step(past.id(), past.version(), RoundStatus.REVIEWING, "Hết hạn nhận hồ sơ");
        past = rounds.step(past.id(), past.version(), RoundStatus.PUBLISHED,
                "Niêm yết danh sách tại trụ sở và trên trang thông tin nội bộ");
        past = rounds.step(past.id(), past.version(), RoundStatus.AT_COUNCIL, "Không có ý kiến phản ánh");
        rounds.step(past.id(), past.version(), RoundStatus.DECIDED,
                "Quyết định khen thưởng ngày 20/01/" + (decided + 1));

        rounds.save(yearEnd(year, office, awards, null, null));
    }

    private static RoundForm yearEnd(int year, Long office, Set<Long> awards, LocalDate publishFrom,
            LocalDate publishTo) {
        return new RoundForm(null, 0, "Xét khen thưởng tổng kết năm " + year, RoundKind.TONG_KET_NAM, year, year,
                null, DecidingBody.OWN_COUNCIL, null, office, Set.of(), awards, LocalDate.of(year, 12, 15),
                LocalDate.of(year, 12, 26), publishFrom, publishTo);
    }
}

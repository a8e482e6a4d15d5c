package vn.tdkt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.organization.service.PositionService;
import vn.tdkt.organization.service.PositionService.PositionRecord;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.Requests;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.Unique;

@IntegrationTest
@WithUserDetails("quantri")
class AuditServiceTest {

    @Autowired
    AuditService audit;
    @Autowired
    PositionService positions;
    @Autowired
    RunAs runAs;
    @Autowired
    Clock clock;

    private static final PageRequest NEWEST_FIRST = PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "occurredAt",
            "id"));

    @Test
    void a_change_is_logged_with_who_when_what_and_which_record() {
        String name = "Chuyên viên chính " + Unique.code("NK");
        Instant before = clock.instant();

        PositionRecord created = positions.save(new PositionRecord(null, 0, name, 7, true));
        positions.save(new PositionRecord(created.id(), created.version(), name, 8, true));

        List<AuditRecord> history = audit.trail("Position", created.id());
        assertThat(history).extracting(AuditRecord::action).containsExactly("UPDATE", "CREATE");
        assertThat(history).extracting(AuditRecord::summary).containsExactly("Thứ bậc: 7 → 8", name);
        assertThat(history).allSatisfy(r -> {
            assertThat(r.username()).isEqualTo("quantri");
            assertThat(r.entityType()).isEqualTo("Position");
            assertThat(r.entityId()).isEqualTo(created.id());
            // The database may keep whole seconds only.
            assertThat(r.occurredAt()).isBetween(before.minusSeconds(1), clock.instant());
        });
        assertThat(audit.search(name, NEWEST_FIRST).getContent()).containsExactly(history.get(1));
    }

    @Test
    void an_action_done_in_a_request_records_the_address_it_came_from() {
        PositionRecord created = Requests.from("10.20.30.40", () -> positions.save(new PositionRecord(null, 0,
                "Cán sự " + Unique.code("DC"), 9, true)));
        assertThat(audit.trail("Position", created.id())).singleElement()
                .extracting(AuditRecord::sourceAddress).isEqualTo("10.20.30.40");
        PositionRecord outside = positions.save(new PositionRecord(null, 0, "Cán sự " + Unique.code("DC"), 9, true));
        assertThat(audit.trail("Position", outside.id())).singleElement()
                .extracting(AuditRecord::sourceAddress).isNull();
    }

    @Test
    void the_log_is_searched_by_user_record_type_or_words_in_any_case() {
        String code = Unique.code("NK");
        positions.save(new PositionRecord(null, 0, "Phó Chánh Văn phòng " + code, 3, true));
        runAs.as("thuongtruc", () -> audit.record("Movement", null, "STATUS", "Chuyển trạng thái " + code));

        assertThat(audit.search(code.toLowerCase(), NEWEST_FIRST).getContent()).extracting(AuditRecord::username)
                .containsExactly("thuongtruc", "quantri");
        assertThat(audit.search("  " + code + "  ", NEWEST_FIRST).getTotalElements()).isEqualTo(2);
        assertThat(audit.search("THUONGTRUC", NEWEST_FIRST).getContent().getFirst().summary())
                .isEqualTo("Chuyển trạng thái " + code);
        assertThat(audit.search("movement", NEWEST_FIRST).getContent().getFirst().summary())
                .isEqualTo("Chuyển trạng thái " + code);
    }

    @Test
    void an_overlong_summary_is_cut_to_4000_characters_and_marked() {
        String code = Unique.code("NK");
        String summary = code + " " + "x".repeat(5000);

        audit.record("Unit", null, "UPDATE", summary);

        AuditRecord stored = audit.search(code, NEWEST_FIRST).getContent().getFirst();
        assertThat(stored.summary()).hasSize(4000).startsWith(code + " xxx").endsWith("x…");
    }

    @Test
    void only_the_administrator_reads_the_whole_log_and_the_secretary_reads_a_records_history() {
        PositionRecord created = positions.save(new PositionRecord(null, 0, "Thủ quỹ " + Unique.code("NK"), 60,
                true));

        runAs.as("thuongtruc", () -> {
            assertDenied(() -> audit.search("", NEWEST_FIRST));
            assertThat(audit.trail("Position", created.id())).extracting(AuditRecord::action)
                    .containsExactly("CREATE");
        });
        for (String user : List.of("canbo.tonghop", "xem", "chutich")) {
            runAs.as(user, () -> {
                assertDenied(() -> audit.search("", NEWEST_FIRST));
                assertDenied(() -> audit.trail("Position", created.id()));
            });
        }
    }
}

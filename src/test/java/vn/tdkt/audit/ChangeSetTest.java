package vn.tdkt.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tdkt.audit.service.ChangeSet;

class ChangeSetTest {

    @Test
    void changed_fields_read_old_to_new_and_unchanged_ones_are_left_out() {
        ChangeSet changes = new ChangeSet().field("Người ký", "Hà Sỹ Đồng", "Võ Văn Hưng").field("Năm", 2024, 2024)
                .field("Lý do", null, "Bổ sung");

        assertThat(changes.toString()).isEqualTo("Người ký: Hà Sỹ Đồng → Võ Văn Hưng; Lý do: ∅ → Bổ sung");
    }

    @Test
    void an_empty_text_field_and_a_value_never_entered_are_no_change() {
        ChangeSet changes = new ChangeSet().field("Lý do", null, "").field("Chức vụ người ký", "", null);

        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.toString()).isEmpty();
    }
}

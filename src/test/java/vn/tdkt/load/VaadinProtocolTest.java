package vn.tdkt.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tdkt.load.VaadinProtocol.ProtocolException;
import vn.tdkt.load.VaadinProtocol.Ui;

/** The load scenario reads Vaadin's answers as a browser would, and notices what a browser would show as a failure. */
class VaadinProtocolTest {

    private static final String BOOTSTRAP = "{\"appConfig\":{\"v-uiId\":2,\"uidl\":{\"clientId\":0,\"changes\":[],"
            + "\"syncId\":0,\"Vaadin-Security-Key\":\"key-1\"}}}";

    @Test
    void the_bootstrap_gives_the_ui_its_token_and_the_first_ids_and_each_answer_moves_them_on() {
        Ui ui = VaadinProtocol.bootstrap(BOOTSTRAP);
        assertThat(ui).isEqualTo(new Ui(2, "key-1", 0, 0));
        assertThat(ui.uidlPath()).isEqualTo("/?v-r=uidl&v-uiId=2");
        assertThat(VaadinProtocol.navigate(ui, "so-khen-thuong/tra-cuu", false)).isEqualTo(
                "{\"csrfToken\":\"key-1\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":"
                        + "{\"route\":\"so-khen-thuong/tra-cuu\",\"query\":\"\",\"appShellTitle\":\"\","
                        + "\"historyState\":{\"idx\":0},\"trigger\":\"client\"}}],\"syncId\":0,\"clientId\":0}");
        assertThat(VaadinProtocol.answered(ui, "{\"clientId\":1,\"changes\":[],\"syncId\":3}"))
                .isEqualTo(new Ui(2, "key-1", 3, 1));
    }

    @Test
    void a_form_is_filled_as_chromium_fills_it_text_integer_date_and_a_click() {
        Ui ui = new Ui(2, "k", 9, 9);
        assertThat(VaadinForms.setText(ui, 193, "12/QĐ-VPTU")).isEqualTo("{\"csrfToken\":\"k\",\"rpc\":["
                + "{\"type\":\"mSync\",\"node\":193,\"feature\":1,\"property\":\"value\",\"value\":\"12/QĐ-VPTU\"},"
                + "{\"type\":\"event\",\"node\":193,\"event\":\"change\",\"data\":{}}],\"syncId\":9,\"clientId\":9}");
        assertThat(VaadinForms.setInteger(ui, 189, 2026)).contains(
                "{\"type\":\"mSync\",\"node\":189,\"feature\":1,\"property\":\"value\",\"value\":\"2026\"},"
                        + "{\"type\":\"mSync\",\"node\":189,\"feature\":1,\"property\":\"_inputElementValue\","
                        + "\"value\":\"2026\"},{\"type\":\"event\",\"node\":189,\"event\":\"change\"");
        assertThat(VaadinForms.setDate(ui, 192, java.time.LocalDate.of(2026, 11, 20)))
                .contains("\"property\":\"value\",\"value\":\"2026-11-20\"},{\"type\":\"event\",\"node\":192,"
                        + "\"event\":\"value-changed\"")
                .contains("\"property\":\"_inputElementValue\",\"value\":\"20/11/2026\"}");
        assertThat(VaadinForms.click(ui, 16)).startsWith("{\"csrfToken\":\"k\",\"rpc\":[{\"type\":\"event\","
                + "\"node\":16,\"event\":\"click\",\"data\":{\"event.shiftKey\":false");
        assertThat(VaadinForms.confirm(ui, 369)).contains("{\"type\":\"event\",\"node\":369,\"event\":\"confirm\"},"
                + "{\"type\":\"mSync\",\"node\":369,\"feature\":1,\"property\":\"opened\",\"value\":false}");
    }

    @Test
    void combo_box_and_select_items_are_picked_by_their_label_and_the_combo_update_is_confirmed() {
        String items = "{\"clientId\":7,\"execute\":[[{\"@v-node\":194},0,[{\"key\":\"1\",\"label\":\"Tỉnh ủy Quảng Trị\","
                + "\"className\":\"\"},{\"key\":\"3\",\"label\":\"Văn phòng Tỉnh ủy Quảng Trị\",\"className\":\"\"}],"
                + "\"tinh uy\",\"return $0.$connector.set($1,$2,$3)\"],[{\"@v-node\":194},2,\"tinh uy\","
                + "\"return $0.$connector.confirm($1,$2)\"]],\"syncId\":7}";
        assertThat(VaadinForms.comboKey(items, "Văn phòng Tỉnh ủy Quảng Trị")).hasValue("3");
        assertThat(VaadinForms.comboKey(items, "Văn phòng")).isEmpty();
        assertThat(VaadinForms.comboUpdateToConfirm(items, 194)).hasValue(2);
        assertThat(VaadinForms.comboUpdateToConfirm(items, 19)).isEmpty();
        Ui ui = new Ui(2, "k", 7, 7);
        assertThat(VaadinForms.comboItems(ui, 194, "tinh uy")).contains("\"templateEventMethodName\":\"setViewportRange\","
                + "\"templateEventMethodArgs\":[0,50,\"tinh uy\"]");
        assertThat(VaadinForms.comboPick(ui, 194, "3")).contains(
                "{\"type\":\"mSync\",\"node\":194,\"feature\":1,\"property\":\"value\",\"value\":\"3\"},"
                        + "{\"type\":\"event\",\"node\":194,\"event\":\"value-changed\",\"data\":{}}");

        String sheet = "{\"changes\":[{\"node\":291,\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-select\"},"
                + "{\"node\":291,\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"registration-title-42\"},"
                + "{\"node\":291,\"type\":\"splice\",\"feat\":2,\"index\":0,\"addNodes\":[290]},"
                + "{\"node\":291,\"type\":\"put\",\"key\":\"value\",\"feat\":1,\"value\":\"4\"},"
                + "{\"node\":290,\"type\":\"splice\",\"feat\":2,\"index\":0,\"addNodes\":[285,283]},"
                + "{\"node\":285,\"type\":\"put\",\"key\":\"label\",\"feat\":3,\"value\":\"Giấy khen\"},"
                + "{\"node\":285,\"type\":\"put\",\"key\":\"value\",\"feat\":3,\"value\":\"4\"},"
                + "{\"node\":270,\"type\":\"put\",\"key\":\"label\",\"feat\":3,\"value\":\"Tập thể lao động tiên tiến\"},"
                + "{\"node\":270,\"type\":\"put\",\"key\":\"value\",\"feat\":3,\"value\":\"2\"},"
                + "{\"node\":283,\"type\":\"put\",\"key\":\"label\",\"feat\":3,\"value\":\"Lao động tiên tiến\"},"
                + "{\"node\":283,\"type\":\"put\",\"key\":\"value\",\"feat\":3,\"value\":\"3\"},"
                + "{\"node\":300,\"type\":\"put\",\"key\":\"opened\",\"feat\":1,\"value\":false}],\"syncId\":12}";
        assertThat(VaadinForms.selectKey(sheet, 291, "Lao động tiên tiến")).hasValue("3");
        assertThat(VaadinForms.selectKey(sheet, 291, "Giấy khen")).hasValue("4");
        assertThat(VaadinForms.selectKey(sheet, 291, "Tập thể lao động tiên tiến")).as("another select's item")
                .isEmpty();
        assertThat(VaadinForms.property(sheet, 291, "value")).hasValue("4");
        assertThat(VaadinForms.nodesWithTag(sheet, "vaadin-select")).containsExactly(291);
        assertThat(VaadinForms.nodesWithIdPrefix(sheet, "registration-title-"))
                .containsExactly(java.util.Map.entry("registration-title-42", 291));
        assertThat(VaadinForms.closes(sheet, 300)).isTrue();
        assertThat(VaadinForms.closes(sheet, 291)).isFalse();
        assertThat(VaadinForms.shows(sheet, "Lao động tiên tiến")).isTrue();
    }

    @Test
    void a_refresh_order_or_an_answer_out_of_sequence_is_an_error() {
        Ui ui = new Ui(0, "k", 4, 4);
        assertThatThrownBy(() -> VaadinProtocol.answered(ui, "{\"meta\":{\"appError\":{}},\"syncId\":5,\"clientId\":5}"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("appError");
        assertThatThrownBy(() -> VaadinProtocol.answered(ui, "{\"clientId\":4,\"syncId\":5}"))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("out of sequence");
        assertThat(VaadinProtocol.problem("Vaadin-Refresh")).isNotNull();
    }

    @Test
    void the_register_s_fields_grid_updates_and_timeline_links_are_found_in_an_answer() {
        String answer = "{\"changes\":[{\"node\":61,\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"register-search\"},"
                + "{\"node\":90,\"type\":\"put\",\"key\":\"href\",\"feat\":3,\"value\":\"so-khen-thuong/ca-nhan/5\"}],"
                + "\"execute\":[[{\"@v-node\":139},0,[{\"key\":\"1\",\"lr_4f1c_href\":\"so-khen-thuong/ca-nhan/14\","
                + "\"lr_4f1c_name\":\"Trần Thị Thu Hà\"},{\"key\":\"2\",\"lr_4f1c_href\":\"so-khen-thuong/don-vi/9\"},"
                + "{\"key\":\"3\",\"lr_4f1c_href\":\"so-khen-thuong/ca-nhan/14\"},{\"key\":\"4\","
                + "\"lr_4f1c_href\":\"so-khen-thuong/ca-nhan/27\"}],null,\"return $0.$connector.set($1,$2,$3)\"],"
                + "[{\"@v-node\":139},3,\"return $0.$connector.confirm($1)\"]],\"syncId\":1}";
        assertThat(VaadinProtocol.nodeWithId(answer, "register-search")).hasValue(61);
        assertThat(VaadinProtocol.nodeWithId(answer, "register-grid")).isEmpty();
        assertThat(VaadinProtocol.updateToConfirm(answer, 139)).hasValue(3);
        assertThat(VaadinProtocol.personLinks(answer)).containsExactly(14L, 27L);
    }
}

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

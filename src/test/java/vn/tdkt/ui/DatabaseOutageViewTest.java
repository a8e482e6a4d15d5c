package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.WebAttributes;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.tdkt.base.ui.PageFailedView;
import vn.tdkt.organization.ui.UnitsView;
import vn.tdkt.security.service.LoginUnavailableException;
import vn.tdkt.support.DatabaseOutage;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.Unique;

/** What a user notices while the database restarts under the running application, and after. */
class DatabaseOutageViewTest extends KaribuTest {

    private static final String SAVE_FAILED = "Tạm thời không kết nối được cơ sở dữ liệu. Thao tác vừa rồi chưa "
            + "được lưu; vui lòng thử lại sau ít phút.";

    @Autowired
    DatabaseOutage outage;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void databaseIsBack() {
        outage.end();
    }

    private void startNewUnit(String code) {
        login("quantri");
        UI.getCurrent().navigate(UnitsView.class);
        _get(Button.class, spec -> spec.withId("unit-add-root")).click();
        _get(TextField.class, spec -> spec.withId("unit-code")).setValue(code);
        _get(TextField.class, spec -> spec.withId("unit-name")).setValue("Ban Thi đua dự phòng");
    }

    private void save() {
        _get(Button.class, spec -> spec.withId("dialog-save")).click();
    }

    private int units(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE code = ?", Integer.class, code);
    }

    private int auditRecords(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CREATE' AND summary LIKE ?",
                Integer.class, code + " %");
    }

    @Test
    void a_save_while_the_database_is_away_says_so_keeps_what_was_typed_and_succeeds_once_it_is_back() {
        String code = Unique.code("DB");
        startNewUnit(code);

        outage.begin();
        save();
        NotificationsKt.expectNotifications(SAVE_FAILED);
        assertThat(_get(TextField.class, spec -> spec.withId("unit-code")).getValue())
                .as("the dialog stays open with what was typed").isEqualTo(code);

        outage.end();
        save();
        NotificationsKt.expectNotifications("Đã lưu đơn vị Ban Thi đua dự phòng.");
        assertThat(units(code)).isEqualTo(1);
    }

    @Test
    void a_connection_lost_at_commit_saves_neither_the_unit_nor_its_audit_record_and_the_retry_saves_both_once() {
        String code = Unique.code("DB");
        startNewUnit(code);

        outage.failNextCommit();
        save();
        NotificationsKt.expectNotifications(SAVE_FAILED);
        assertThat(units(code)).isZero();
        assertThat(auditRecords(code)).isZero();

        save();
        NotificationsKt.expectNotifications("Đã lưu đơn vị Ban Thi đua dự phòng.");
        assertThat(units(code)).isEqualTo(1);
        assertThat(auditRecords(code)).isEqualTo(1);
    }

    @Test
    void a_page_opened_while_the_database_is_away_says_so_in_the_usual_frame_and_opens_once_it_is_back() {
        login("xem");
        outage.begin();
        UI.getCurrent().navigate(UnitsView.class);
        assertThat(_get(_get(PageFailedView.class), H2.class).getText()).isEqualTo("Hệ thống tạm thời gián đoạn");
        assertThat(_get(Paragraph.class, spec -> spec.withId("page-failed")).getText())
                .isEqualTo("Tạm thời không kết nối được cơ sở dữ liệu nên chưa mở được trang này. "
                        + "Vui lòng tải lại trang sau ít phút.");

        outage.end();
        UI.getCurrent().navigate(UnitsView.class);
        _get(UnitsView.class);
    }

    @Test
    void the_login_page_after_a_login_the_database_could_not_decide_says_the_system_is_unavailable() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LoginUnavailableException(new CannotCreateTransactionException("down")));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Hệ thống tạm thời không kết nối được cơ sở dữ liệu nên chưa đăng nhập được.")
                .doesNotContain("mật khẩu không đúng");
    }
}

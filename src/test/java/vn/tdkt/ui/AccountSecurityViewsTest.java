package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.tdkt.base.domain.Role;
import vn.tdkt.security.service.UserService;
import vn.tdkt.security.service.UserService.UserForm;
import vn.tdkt.security.service.UserService.UserRecord;
import vn.tdkt.security.ui.AccountView;
import vn.tdkt.security.ui.UsersView;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.Unique;

/** The users screen's unlock and the account page's passphrase, as an administrator and a user see them. */
class AccountSecurityViewsTest extends KaribuTest {

    private static final String PASSWORD = "Cánh đồng lúa chín vàng óng";

    private UserRecord newUser() {
        login("quantri");
        return context.getBean(UserService.class).create(new UserForm(null, 0, Unique.code("mk").toLowerCase(),
                "Cán Bộ Thử", EnumSet.of(Role.VIEWER), null, PASSWORD));
    }

    @Test
    void an_administrator_unlocks_an_account_held_back_by_failed_logins_from_the_users_screen() {
        UserRecord user = newUser();
        AuthenticationProvider loginGuard = context.getBean(AuthenticationProvider.class);
        for (int i = 0; i < 5; i++) {
            UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                    user.username(), "đoán sai mật khẩu");
            attempt.setDetails(new WebAuthenticationDetails(Unique.code("ip"), null));
            catchThrowable(() -> loginGuard.authenticate(attempt));
        }
        UI.getCurrent().navigate(UsersView.class);
        _get(TextField.class, spec -> spec.withId("users-search")).setValue(user.username());
        @SuppressWarnings("unchecked")
        Grid<UserRecord> grid = _get(Grid.class, spec -> { });
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Đang bị khóa tạm thời");

        GridKt._clickItem(grid, 0);
        _get(Button.class, spec -> spec.withId("user-unlock")).click();

        NotificationsKt.expectNotifications("Đã mở khóa tài khoản " + user.username() + ".");
        assertThat(GridKt._getFormattedRow(grid, 0)).doesNotContain("Đang bị khóa tạm thời");
        GridKt._clickItem(grid, 0);
        _assertNone(Button.class, spec -> spec.withId("user-unlock"));
    }

    @Test
    void a_user_changes_to_a_long_vietnamese_passphrase_and_a_common_one_is_refused_in_vietnamese() {
        UserRecord user = newUser();
        login(user.username());
        UI.getCurrent().navigate(AccountView.class);
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("account-current"));
        PasswordField next = _get(PasswordField.class, spec -> spec.withId("account-new"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("account-repeat"));
        assertThat(next.getMaxLength()).isEqualTo(128);

        current.setValue(PASSWORD);
        next.setValue("Matkhau@2026");
        repeat.setValue("Matkhau@2026");
        _get(Button.class, spec -> spec.withId("account-save")).click();
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).startsWith("Mật khẩu này quá phổ biến hoặc đã bị lộ");

        String passphrase = "Tôi yêu Quảng Trị quê hương tôi mãi mãi bên sông Thạch Hãn";
        next.setValue(passphrase);
        repeat.setValue(passphrase);
        _get(Button.class, spec -> spec.withId("account-save")).click();
        NotificationsKt.expectNotifications("Đã đổi mật khẩu.");
    }
}

package vn.tdkt.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.security.access.AccessDeniedException;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.StaleDataException;
import vn.tdkt.base.ui.Notifications;

/**
 * Asserts what a refusal tells the user: the message key and the form field it marks, or the
 * Vietnamese sentence the UI shows for a permission or a stale-data refusal.
 */
public final class Refusals {

    /** What the UI shows for a permission refusal (messages_vi: error.accessDenied). */
    public static final String ACCESS_DENIED = "Đồng chí không có quyền thực hiện thao tác này.";
    /** The start of what the UI shows for a lost update (messages_vi: error.concurrentChange). */
    public static final String CONCURRENT_CHANGE = "Bản ghi này vừa được người khác thay đổi.";

    private Refusals() {
    }

    /** A refusal with {@code messageKey} that names no form field. */
    public static BusinessException assertRefused(String messageKey, ThrowingCallable call) {
        return assertRefused(messageKey, null, call);
    }

    /** A refusal with {@code messageKey} that marks {@code field} (null: no field). */
    public static BusinessException assertRefused(String messageKey, String field, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("refusal %s", messageKey).isInstanceOf(BusinessException.class);
        BusinessException refusal = (BusinessException) thrown;
        assertThat(refusal.getMessageKey()).as("message key").isEqualTo(messageKey);
        assertThat(refusal.getField()).as("field of %s", messageKey).isEqualTo(field);
        return refusal;
    }

    /** A permission refusal, shown to the user as {@link #ACCESS_DENIED}. */
    public static void assertDenied(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("permission refusal").isInstanceOf(AccessDeniedException.class);
        assertThat(Notifications.describe(null, thrown)).isEqualTo(ACCESS_DENIED);
    }

    /** A save from a form opened before someone else's change, shown as {@link #CONCURRENT_CHANGE}. */
    public static void assertStale(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("stale-data refusal").isInstanceOf(StaleDataException.class);
        assertThat(Notifications.describe(null, thrown)).startsWith(CONCURRENT_CHANGE);
    }
}

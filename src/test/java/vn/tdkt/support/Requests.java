package vn.tdkt.support;

import java.util.function.Supplier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Runs test code as if inside an HTTP request from a given address, the way the servlet container sets it up. */
public final class Requests {

    private Requests() {
    }

    public static <T> T from(String address, Supplier<T> action) {
        return from(new MockHttpServletRequest(), address, action);
    }

    public static void from(String address, Runnable action) {
        from(address, () -> {
            action.run();
            return null;
        });
    }

    /** {@code method} and {@code uri} for code that reads them, e.g. the login's POST to /login. */
    public static <T> T from(String method, String uri, String address, Supplier<T> action) {
        return from(new MockHttpServletRequest(method, uri), address, action);
    }

    private static <T> T from(MockHttpServletRequest request, String address, Supplier<T> action) {
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return action.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}

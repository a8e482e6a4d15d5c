package vn.tdkt.base.service;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address of the HTTP request being served on this thread. Behind a reverse proxy it
 * is the forwarded client address once {@code server.forward-headers-strategy} trusts the proxy.
 */
public final class RequestAddress {

    private RequestAddress() {
    }

    /** The address, or null outside a request (start-up, scheduled work). */
    public static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}

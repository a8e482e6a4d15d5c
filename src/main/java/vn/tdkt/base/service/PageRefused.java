package vn.tdkt.base.service;

/**
 * Published when Vaadin's access control refused a logged-in user the page at {@code path}
 * (the audit trail records it); the kernel names it so views need not know the audit feature.
 */
public record PageRefused(String path) {
}

package vn.tdkt.audit.service;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.tdkt.base.service.PageRefused;

/**
 * Refusals into the audit trail (ASVS V16.3.2): a service method that method security refused,
 * an address the web filter chain refused a logged-in user, and a page Vaadin's access control
 * refused. An anonymous visitor sent to the login page is no refusal worth a record.
 */
@Component
class SecurityAuditListener {

    private final AuditService audit;

    SecurityAuditListener(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return;
        }
        Object source = event.getSource();
        if (source instanceof MethodInvocation call) {
            Method method = call.getMethod();
            String target = call.getThis() == null ? method.getDeclaringClass().getSimpleName()
                    : org.springframework.aop.support.AopUtils.getTargetClass(call.getThis()).getSimpleName();
            audit.recordAccess("ServiceCall", null, "ACCESS_DENIED", target + "." + method.getName());
        } else if (source instanceof HttpServletRequest request) {
            audit.recordAccess("Page", null, "ACCESS_DENIED", request.getMethod() + " " + request.getRequestURI());
        }
    }

    @EventListener
    void onPageRefused(PageRefused event) {
        audit.recordAccess("Page", null, "PAGE_DENIED", "/" + event.path());
    }
}

package vn.tdkt.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.springframework.context.ApplicationEventPublisher;
import vn.tdkt.base.service.PageRefused;

/**
 * What a signed-in user sees at the address of a page their role does not open: a sentence in
 * their language inside the usual frame, instead of Vaadin's English "Could not navigate"
 * page with its list of routes.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final transient ApplicationEventPublisher events;

    /** {@code events}: the refusal goes to the audit trail (the audit feature listens). */
    public AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.pageDenied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("tdkt-view");
        events.publishEvent(new PageRefused(event.getLocation().getPath()));
        Paragraph text = new Paragraph(getTranslation("error.pageDenied"));
        text.setId("access-denied");
        add(new H2(getTranslation("error.pageDenied.title")), text,
                new RouterLink(getTranslation("nav.home"), HomeView.class));
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}

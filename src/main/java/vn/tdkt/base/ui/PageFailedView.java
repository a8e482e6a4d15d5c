package vn.tdkt.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.base.service.DatabaseUnavailable;

/**
 * What a user sees when a page fails to open for a reason no other error view names — above
 * all while the database restarts: "try again in a few minutes" in their language inside the
 * usual frame, instead of Vaadin's English "There was an exception while trying to navigate".
 * Replaces Vaadin's InternalServerError; the more specific error views still win.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageFailedView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(PageFailedView.class);

    private boolean databaseUnavailable;

    @Override
    public String getPageTitle() {
        return getTranslation(databaseUnavailable ? "error.databaseUnavailable.title" : "error.page.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("tdkt-view");
        Exception error = parameter.getCaughtException();
        databaseUnavailable = DatabaseUnavailable.is(error);
        if (databaseUnavailable) {
            LOG.warn("Database unavailable opening /{}: {}", event.getLocation().getPath(), error.toString());
        } else {
            LOG.error("Page /{} failed to open", event.getLocation().getPath(), error);
        }
        Paragraph text = new Paragraph(getTranslation(databaseUnavailable ? "error.databaseUnavailable.page"
                : "error.page.failed"));
        text.setId("page-failed");
        add(new H2(getPageTitle()), text, new RouterLink(getTranslation("nav.home"), HomeView.class));
        return databaseUnavailable ? HttpStatusCode.SERVICE_UNAVAILABLE.getCode()
                : HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}

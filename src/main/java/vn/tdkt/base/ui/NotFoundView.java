package vn.tdkt.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * What a signed-in user sees at an address with no page: a sentence in their language inside the
 * usual frame, never Vaadin's English "Could not navigate" page with the list of every route.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("error.pageNotFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("tdkt-view");
        Paragraph text = new Paragraph(getTranslation("error.pageNotFound"));
        text.setId("page-not-found");
        add(new H2(getTranslation("error.pageNotFound.title")), text,
                new RouterLink(getTranslation("nav.home"), HomeView.class));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}

package vn.tdkt.base.ui;

import com.vaadin.flow.component.UI;
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
import vn.tdkt.base.service.BusinessException;

/**
 * What a user sees when a page cannot open for a reason a service states — a record that
 * does not exist ({@code /so-khen-thuong/ca-nhan/999999}), a value in the address that is
 * not one ({@code /in/vinh-danh?nam=abc}): the sentence in their language inside the usual
 * frame, instead of Vaadin's English error page with a message key or "For input string".
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class RefusedPageView extends VerticalLayout implements HasErrorParameter<BusinessException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<BusinessException> parameter) {
        removeAll();
        addClassName("tdkt-view");
        Paragraph text = new Paragraph(Notifications.describe(UI.getCurrent(), parameter.getException()));
        text.setId("page-refused");
        add(new H2(getTranslation("error.page.title")), text,
                new RouterLink(getTranslation("nav.home"), HomeView.class));
        return "error.notFound".equals(parameter.getException().getMessageKey())
                ? HttpStatusCode.NOT_FOUND.getCode() : HttpStatusCode.BAD_REQUEST.getCode();
    }
}

package vn.tdkt.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.userdetails.UserDetails;
import vn.tdkt.base.domain.UserIdentity;

/**
 * The frame around every view: brand, side navigation (built from the views' {@code @Menu}
 * entries, so a user only sees what they may open), user name, language and logout.
 * Menu titles are i18n keys; the path's first segment groups them into sections.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("", "nav.section.general");
        SECTIONS.put("thi-dua", "nav.section.emulation");
        SECTIONS.put("to-chuc", "nav.section.organization");
        SECTIONS.put("so-khen-thuong", "nav.section.register");
        SECTIONS.put("danh-muc", "nav.section.catalog");
        SECTIONS.put("quan-tri", "nav.section.admin");
    }

    private final transient AuthenticationContext authentication;
    private final H1 viewTitle = new H1();

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, new DrawerToggle(), viewTitle, header());
        addToDrawer(drawer());
        viewTitle.addClassNames("tdkt-view-title");
        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0").set("flex-grow", "1");
    }

    private Component header() {
        String name = authentication.getAuthenticatedUser(UserDetails.class)
                .map(u -> u instanceof UserIdentity named ? named.getFullName() : u.getUsername())
                .orElse("");
        Span user = new Span(new Icon(VaadinIcon.USER), new Span(" " + name));
        user.setId("current-user");

        Select<Locale> language = new Select<>();
        language.setItems(I18n.VIETNAMESE, I18n.ENGLISH);
        language.setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "Tiếng Việt");
        language.setValue("en".equals(getLocale().getLanguage()) ? I18n.ENGLISH : I18n.VIETNAMESE);
        language.setWidth("9em");
        language.setAriaLabel(getTranslation("nav.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI ui = UI.getCurrent();
                ui.getSession().setAttribute(UiSetup.LOCALE_ATTRIBUTE, e.getValue());
                ui.getSession().setLocale(e.getValue());
                ui.getPage().reload();
            }
        });

        Button logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT),
                e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(user, language, logout);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("margin-inline-end", "var(--lumo-space-m)").set("flex-shrink", "0");
        return header;
    }

    private Component drawer() {
        H1 brand = new H1(getTranslation("app.shortName"));
        brand.addClassName("tdkt-brand");
        Span subtitle = new Span(getTranslation("app.name"));
        subtitle.getStyle().set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout top = new VerticalLayout(brand, subtitle);
        top.setSpacing(false);
        top.setPadding(true);

        Div navs = new Div();
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        SECTIONS.forEach((prefix, label) -> {
            SideNav nav = new SideNav(getTranslation(label));
            nav.setCollapsible(true);
            entries.stream().filter(e -> section(e.path()).equals(prefix)).forEach(e -> {
                SideNavItem item = new SideNavItem(getTranslation(e.title()), "/" + relative(e.path()));
                if (e.icon() != null) {
                    String[] icon = e.icon().split(":");
                    item.setPrefixComponent(new Icon(icon[0], icon[1]));
                }
                nav.addItem(item);
            });
            if (!nav.getItems().isEmpty()) {
                nav.getStyle().set("margin", "var(--lumo-space-s)");
                navs.add(nav);
            }
        });
        return new Div(top, navs);
    }

    private static String section(String path) {
        String relative = relative(path);
        int slash = relative.indexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = MenuConfiguration.getPageHeader(getContent()).orElse("");
        viewTitle.setText(title);
        // A long title (a unit's full name) is cut with "…" in the bar; the whole of it shows on hover.
        viewTitle.setTitle(title);
    }
}

package vn.tdkt.support;

import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc through the application's real security filter chain, for the login and session tests. */
public final class SecuredMvc {

    private SecuredMvc() {
    }

    public static MockMvc of(WebApplicationContext context) {
        // Vaadin's servlet is reached by a forward to it by name; MockMvc records the forward instead.
        if (context.getServletContext() instanceof MockServletContext servletContext
                && servletContext.getNamedDispatcher("springServlet") == null) {
            servletContext.registerNamedDispatcher("springServlet", new MockRequestDispatcher("/vaadin"));
        }
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }
}

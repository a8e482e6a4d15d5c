package vn.tdkt.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.reporting.service.DocumentRecords.GeneratedFile;
import vn.tdkt.reporting.service.FileNames;

/** Links that generate a document when clicked and hand it to the browser under its Vietnamese name. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * A download link; {@code slowNoticeKey} (optional) is shown as soon as it is clicked, for
     * files that take a few seconds to make.
     */
    public static Anchor link(String id, String label, VaadinIcon icon, SerializableSupplier<GeneratedFile> file,
            String slowNoticeKey) {
        Anchor anchor = new Anchor(handler(file), "");
        anchor.add(icon.create());
        anchor.add(" " + label);
        anchor.setId(id);
        anchor.addClassName("tdkt-download");
        if (slowNoticeKey != null) {
            anchor.getElement().addEventListener("click",
                    e -> Notifications.success(anchor.getTranslation(slowNoticeKey)));
        }
        return anchor;
    }

    /**
     * Generates the file on request. The name is sent twice (RFC 6266): an ASCII fallback for
     * old clients and the UTF-8 name per RFC 5987, which every current browser prefers.
     * Set before Vaadin would write its own header, so it is the one the browser sees.
     */
    static DownloadHandler handler(SerializableSupplier<GeneratedFile> file) {
        return event -> {
            GeneratedFile f = file.get();
            event.getResponse().setHeader("Content-Disposition", contentDisposition(f.name()));
            event.setContentType(f.contentType());
            event.setContentLength(f.content().length);
            event.getOutputStream().write(f.content());
        };
    }

    static String contentDisposition(String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + FileNames.ascii(name) + "\"; filename*=UTF-8''" + encoded;
    }
}

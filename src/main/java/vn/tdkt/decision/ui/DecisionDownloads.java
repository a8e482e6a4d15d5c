package vn.tdkt.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.service.DecisionDocuments;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.reporting.ui.Downloads;

/**
 * The printable documents of a decision: the decision itself (Word for editing, PDF for
 * printing) and, once recorded, its recipients' certificates.
 */
final class DecisionDownloads {

    private DecisionDownloads() {
    }

    static boolean certificatesPrintable(DecisionDetails d) {
        return d.status() == DecisionStatus.RECORDED
                && d.awards().stream().anyMatch(a -> a.state() != AwardState.REVOKED);
    }

    static Component bar(DecisionDocuments documents, DecisionDetails d) {
        UI ui = UI.getCurrent();
        Long id = d.id();
        List<Component> links = new ArrayList<>();
        links.add(new Span(ui.getTranslation("document.print") + ":"));
        links.add(Downloads.link("download-decision-docx", ui.getTranslation("document.decisionDocx"),
                VaadinIcon.FILE_TEXT_O, () -> documents.decisionDocx(id), null));
        links.add(Downloads.link("download-decision-pdf", ui.getTranslation("document.decisionPdf"),
                VaadinIcon.PRINT, () -> documents.decisionPdf(id), null));
        if (certificatesPrintable(d)) {
            links.add(Downloads.link("download-certificates-pdf", ui.getTranslation("document.certificatesPdf"),
                    VaadinIcon.DIPLOMA, () -> documents.certificatesPdf(id), null));
            links.add(Downloads.link("download-certificates-docx", ui.getTranslation("document.certificatesDocx"),
                    VaadinIcon.FILE_TEXT_O, () -> documents.certificatesDocx(id), null));
            links.add(Downloads.link("download-certificates-zip", ui.getTranslation("document.certificatesZip"),
                    VaadinIcon.FILE_ZIP, () -> documents.certificatesZip(id), "document.preparing"));
        }
        HorizontalLayout bar = new HorizontalLayout(links.toArray(Component[]::new));
        bar.setId("decision-documents");
        bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    /** The certificate of one recipient, for the row of the list. */
    static Component certificate(DecisionDocuments documents, DecisionDetails d, AwardRecord r) {
        if (d.status() != DecisionStatus.RECORDED || r.state() == AwardState.REVOKED) {
            return new Span();
        }
        Long decisionId = d.id();
        Long awardId = r.id();
        Anchor link = Downloads.link("certificate-" + awardId, "", VaadinIcon.DIPLOMA,
                () -> documents.certificatePdf(decisionId, awardId), null);
        link.setTitle(UI.getCurrent().getTranslation("document.certificateOf", r.name()));
        link.getElement().setAttribute("aria-label", UI.getCurrent().getTranslation("document.certificateOf",
                r.name()));
        return link;
    }
}

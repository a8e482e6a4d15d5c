package vn.tdkt.decision.service;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.tdkt.base.service.Access;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.service.OwnDocumentService.SubmissionLineRecord;
import vn.tdkt.decision.service.OwnDocumentService.SubmissionRecord;
import vn.tdkt.reporting.service.DocumentRecords.GeneratedFile;
import vn.tdkt.reporting.service.DocumentRecords.IssuerHeading;
import vn.tdkt.reporting.service.DocumentRecords.ListRow;
import vn.tdkt.reporting.service.DocumentRecords.Signer;
import vn.tdkt.reporting.service.DocumentRecords.SubmissionDocument;
import vn.tdkt.reporting.service.DocumentService;
import vn.tdkt.reporting.service.DownloadAudit;
import vn.tdkt.reporting.service.FileNames;
import vn.tdkt.reporting.service.IssuerHeadings;

/**
 * The tờ trình this office sends to the body that decides the awards it may not confer itself,
 * with the list of those proposed: Word to edit, PDF to print. No money: the deciding body
 * sets it.
 */
@Service
public class SubmissionDocuments {

    private final OwnDocumentService own;
    private final IssuerHeadings headings;
    private final DocumentService documents;
    private final DownloadAudit downloads;

    SubmissionDocuments(OwnDocumentService own, IssuerHeadings headings, DocumentService documents,
            DownloadAudit downloads) {
        this.downloads = downloads;
        this.own = own;
        this.headings = headings;
        this.documents = documents;
    }

    @Access.Authenticated
    public GeneratedFile docx(Long submissionId) {
        SubmissionDocument s = document(submissionId);
        return downloads.handOut(new GeneratedFile(FileNames.readable("Tờ trình " + s.number() + ".docx"),
                DocumentService.DOCX, documents.submissionDocx(s)));
    }

    @Access.Authenticated
    public GeneratedFile pdf(Long submissionId) {
        SubmissionDocument s = document(submissionId);
        return downloads.handOut(new GeneratedFile(FileNames.readable("Tờ trình " + s.number() + ".pdf"),
                DocumentService.PDF, documents.submissionPdf(s)));
    }

    @Access.Authenticated
    public SubmissionDocument document(Long submissionId) {
        SubmissionRecord s = own.submission(submissionId);
        IssuerHeading heading = headings.of(s.issuerUnitId());
        List<ListRow> collectives = new ArrayList<>();
        List<ListRow> individuals = new ArrayList<>();
        for (SubmissionLineRecord line : s.lines()) {
            boolean collective = line.kind() == RecipientKind.COLLECTIVE;
            String where = collective ? "" : ListRow.positionUnit(line.positionName(), line.unitName());
            (collective ? collectives : individuals).add(new ListRow(null, line.name(), where, line.awardName(), null));
        }
        String years = s.yearFrom() == s.yearTo() ? "năm " + s.yearTo() : "giai đoạn " + s.yearFrom() + " - "
                + s.yearTo();
        List<String> paragraphs = new ArrayList<>();
        if (s.reason() != null && !s.reason().isBlank()) {
            paragraphs.add(s.reason().strip());
        }
        paragraphs.add("Căn cứ kết quả xét của Hội đồng Thi đua - Khen thưởng, " + heading.head()
                + " kính trình " + s.addressee() + " xem xét, khen thưởng cho " + count(collectives.size(),
                        individuals.size()) + " đã có thành tích " + years + " (có danh sách kèm theo).");
        paragraphs.add("Kính trình " + s.addressee() + " xem xét, quyết định.");
        String title = s.signerTitle() == null || s.signerTitle().isBlank() ? heading.head() : s.signerTitle();
        return new SubmissionDocument(heading, s.docNumber(), s.date(), s.subject(), s.addressee(), paragraphs,
                "Danh sách tập thể, cá nhân đề nghị khen thưởng", collectives, individuals,
                new Signer(title.startsWith("Phó ") ? heading.head() : title, title, s.signerName()),
                List.of("Như trên,", "Lưu Văn phòng."));
    }

    private static String count(int collectives, int individuals) {
        List<String> who = new ArrayList<>();
        if (collectives > 0) {
            who.add(collectives + " tập thể");
        }
        if (individuals > 0) {
            who.add(individuals + " cá nhân");
        }
        return String.join(" và ", who);
    }
}

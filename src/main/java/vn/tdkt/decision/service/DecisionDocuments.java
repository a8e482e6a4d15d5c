package vn.tdkt.decision.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Formats;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.reporting.service.DocumentRecords.CertificateDocument;
import vn.tdkt.reporting.service.DocumentRecords.DecisionDocument;
import vn.tdkt.reporting.service.DocumentRecords.GeneratedFile;
import vn.tdkt.reporting.service.DocumentRecords.IssuerHeading;
import vn.tdkt.reporting.service.DocumentRecords.ListRow;
import vn.tdkt.reporting.service.DocumentRecords.Signer;
import vn.tdkt.reporting.service.DocumentService;
import vn.tdkt.reporting.service.DownloadAudit;
import vn.tdkt.reporting.service.FileNames;
import vn.tdkt.reporting.service.IssuerHeadings;

/**
 * The printable documents of a decision in the register: the decision with its attached list
 * and the recipients' certificates. Revoked awards are left out of both: the list and total
 * print what stands, and no certificate is printed for an award that was taken back.
 * Deliberately without a transaction of its own: the reads are short, and rendering 150
 * certificates should not hold a database connection.
 */
@Service
public class DecisionDocuments {

    private final DecisionReader reader;
    private final IssuerHeadings headings;
    private final AwardTypeService awardTypes;
    private final DocumentService documents;
    private final List<String> legalBases;
    private final DownloadAudit downloads;

    DecisionDocuments(DecisionReader reader, IssuerHeadings headings, AwardTypeService awardTypes,
            DocumentService documents, DownloadAudit downloads,
            @Value("${tdkt.documents.legal-bases:}") String legalBases) {
        this.downloads = downloads;
        this.legalBases = java.util.Arrays.stream(legalBases.split("\\s\\|\\s")).map(String::strip)
                .filter(b -> !b.isEmpty()).toList();
        this.reader = reader;
        this.headings = headings;
        this.awardTypes = awardTypes;
        this.documents = documents;
    }

    @Access.Authenticated
    public GeneratedFile decisionDocx(Long decisionId) {
        DecisionDocument d = decision(decisionId);
        return downloads.handOut(new GeneratedFile(fileName("Quyết định", d.number(), ".docx"),
                DocumentService.DOCX, documents.decisionDocx(d)));
    }

    @Access.Authenticated
    public GeneratedFile decisionPdf(Long decisionId) {
        DecisionDocument d = decision(decisionId);
        return downloads.handOut(new GeneratedFile(fileName("Quyết định", d.number(), ".pdf"), DocumentService.PDF,
                documents.decisionPdf(d)));
    }

    /** Every standing recipient's certificate in one PDF, for printing. */
    @Access.Authenticated
    public GeneratedFile certificatesPdf(Long decisionId) {
        List<CertificateDocument> all = certificates(decisionId);
        return downloads.handOut(new GeneratedFile(fileName("Giấy chứng nhận khen thưởng", number(all), ".pdf"),
                DocumentService.PDF, documents.certificatesPdf(all)));
    }

    @Access.Authenticated
    public GeneratedFile certificatesDocx(Long decisionId) {
        List<CertificateDocument> all = certificates(decisionId);
        return downloads.handOut(new GeneratedFile(fileName("Giấy chứng nhận khen thưởng", number(all), ".docx"),
                DocumentService.DOCX, documents.certificatesDocx(all)));
    }

    /** One PDF per recipient, zipped. */
    @Access.Authenticated
    public GeneratedFile certificatesZip(Long decisionId) {
        List<CertificateDocument> all = certificates(decisionId);
        return downloads.handOut(new GeneratedFile(fileName("Giấy chứng nhận khen thưởng", number(all), ".zip"),
                DocumentService.ZIP, documents.certificatesZip(all, true)));
    }

    /** One recipient's certificate. */
    @Access.Authenticated
    public GeneratedFile certificatePdf(Long decisionId, Long awardId) {
        DecisionDetails d = printable(decisionId);
        AwardRecord award = d.awards().stream().filter(a -> a.id().equals(awardId) && a.state() != AwardState.REVOKED)
                .findFirst().orElseThrow(() -> new BusinessException("document.noCertificates"));
        CertificateDocument c = certificate(d, headings.of(d.issuerUnitId()), awardTypes.byId(), award);
        return downloads.handOut(new GeneratedFile(FileNames.readable("Giấy chứng nhận khen thưởng " + award.name()
                + ".pdf"), DocumentService.PDF, documents.certificatesPdf(List.of(c))));
    }

    /** The decision as a document record: heading, bases, articles, signature and the attached list. */
    @Access.Authenticated
    public DecisionDocument decision(Long decisionId) {
        DecisionDetails d = reader.details(decisionId);
        IssuerHeading heading = headings.of(d.issuerUnitId());
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        List<AwardRecord> standing = standing(d);
        List<ListRow> collectives = new ArrayList<>();
        List<ListRow> individuals = new ArrayList<>();
        for (AwardRecord a : standing) {
            boolean collective = a.kind() == RecipientKind.COLLECTIVE;
            ListRow row = new ListRow(a.registerNo(), a.name(), collective ? "" : ListRow.positionUnit(a.positionName(),
                    a.unitName()), a.awardName(), a.amount());
            (collective ? collectives : individuals).add(row);
        }
        BigDecimal total = standing.stream().map(AwardRecord::amount).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
        Signer signer = signer(d, heading);
        String issuer = issuerName(heading);
        List<String> articles = new ArrayList<>();
        articles.add(awardArticle(standing, types, collectives.size(), individuals.size(), d.reason()));
        if (total != null) {
            articles.add("Tiền thưởng kèm theo danh hiệu, hình thức khen thưởng tại Điều 1 thực hiện theo quy định "
                    + "hiện hành; tổng số tiền thưởng là " + Formats.money(total) + ".");
        }
        articles.add("Quyết định này có hiệu lực kể từ ngày ký. Các phòng, ban thuộc " + issuer
                + ", các tập thể và cá nhân có tên tại Điều 1 căn cứ Quyết định thi hành.");
        String who = collectives.isEmpty() ? "CÁ NHÂN" : individuals.isEmpty() ? "TẬP THỂ" : "TẬP THỂ, CÁ NHÂN";
        return new DecisionDocument(heading, d.docNumber(), d.decisionDate(),
                "Về việc khen thưởng thành tích năm " + d.years(), signer.authority(),
                legalBases(issuer), articles, signer,
                List.of("Như Điều " + articles.size() + ",", "Lưu Văn phòng."),
                "Danh sách " + who.toLowerCase(java.util.Locale.ROOT) + " được khen thưởng", collectives,
                individuals, total);
    }

    /** Every standing recipient's certificate, in the order of the list. */
    @Access.Authenticated
    public List<CertificateDocument> certificates(Long decisionId) {
        DecisionDetails d = printable(decisionId);
        IssuerHeading heading = headings.of(d.issuerUnitId());
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        List<AwardRecord> standing = standing(d);
        if (standing.isEmpty()) {
            throw new BusinessException("document.noCertificates");
        }
        return standing.stream().map(a -> certificate(d, heading, types, a)).toList();
    }

    // --- mapping ---

    private DecisionDetails printable(Long decisionId) {
        DecisionDetails d = reader.details(decisionId);
        if (d.status() != DecisionStatus.RECORDED) {
            // A draft may still change and a revoked decision confers nothing: no certificates for either.
            throw new BusinessException("document.certificatesOnlyRecorded");
        }
        return d;
    }

    private static List<AwardRecord> standing(DecisionDetails d) {
        List<AwardRecord> standing = d.awards().stream().filter(a -> a.state() != AwardState.REVOKED).toList();
        List<AwardRecord> ordered = new ArrayList<>(standing.stream()
                .filter(a -> a.kind() == RecipientKind.COLLECTIVE).toList());
        ordered.addAll(standing.stream().filter(a -> a.kind() != RecipientKind.COLLECTIVE).toList());
        return ordered;
    }

    private static CertificateDocument certificate(DecisionDetails d, IssuerHeading heading,
            Map<Long, AwardTypeRecord> types, AwardRecord a) {
        AwardTypeRecord type = types.get(a.awardTypeId());
        boolean title = type != null && type.category() == AwardCategory.EMULATION_TITLE;
        boolean collective = a.kind() == RecipientKind.COLLECTIVE;
        return new CertificateDocument(heading, heading.head(), title, title ? a.awardName()
                : formName(a.awardName()), collective, a.name(), collective ? null : a.positionName(),
                collective ? null : a.unitName(), d.reason(), d.docNumber(), d.decisionDate(), a.registerNo(),
                signer(d, heading));
    }

    /**
     * The catalogue names forms with their level ("Bằng khen của Chánh Văn phòng Trung ương Đảng",
     * "Giấy khen của cấp ủy cho…"); the certificate already names the authority above, so it prints
     * the form alone.
     */
    static String formName(String name) {
        int cut = name.length();
        for (String marker : new String[] {" của ", " cấp "}) {
            int i = name.indexOf(marker);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return name.substring(0, cut);
    }

    /** "Chánh Văn phòng Tỉnh ủy" signs as itself; a "Phó Chánh Văn phòng Tỉnh ủy" signs "KT." for it. */
    private static Signer signer(DecisionDetails d, IssuerHeading heading) {
        String title = d.signerTitle() == null || d.signerTitle().isBlank() ? null : d.signerTitle().trim();
        String authority = title == null ? heading.head() : title;
        if (authority.startsWith("Phó ")) {
            String rest = authority.substring(4);
            authority = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return new Signer(authority, title == null ? authority : title, d.signerName());
    }

    private static String issuerName(IssuerHeading heading) {
        String head = heading.head();
        return head.startsWith("Chánh ") ? head.substring(6) : head;
    }

    private static String awardArticle(List<AwardRecord> standing, Map<Long, AwardTypeRecord> types,
            int collectives, int individuals, String reason) {
        Set<String> titles = new LinkedHashSet<>();
        Set<String> forms = new LinkedHashSet<>();
        for (AwardRecord a : standing) {
            AwardTypeRecord t = types.get(a.awardTypeId());
            (t != null && t.category() == AwardCategory.EMULATION_TITLE ? titles : forms).add(a.awardName());
        }
        List<String> parts = new ArrayList<>();
        if (!titles.isEmpty()) {
            parts.add("danh hiệu " + String.join(", ", titles.stream().map(n -> "“" + n + "”").toList()));
        }
        if (!forms.isEmpty()) {
            parts.add(String.join(", ", forms));
        }
        List<String> who = new ArrayList<>();
        if (collectives > 0) {
            who.add(collectives + " tập thể");
        }
        if (individuals > 0) {
            who.add(individuals + " cá nhân");
        }
        String why = reason == null || reason.isBlank() ? "" : ", " + Character.toLowerCase(reason.charAt(0))
                + reason.substring(1).replaceAll("[.;\\s]+$", "");
        return "Tặng " + String.join("; tặng ", parts) + " cho " + String.join(" và ", who)
                + " (có danh sách kèm theo)" + why + ".";
    }

    /** The configured bases (laws and decrees), then the issuer's remit and the council's proposal. */
    private List<String> legalBases(String issuer) {
        List<String> bases = new ArrayList<>(legalBases);
        bases.add("Căn cứ chức năng, nhiệm vụ, quyền hạn và tổ chức bộ máy của " + issuer + ";");
        bases.add("Xét đề nghị của Hội đồng Thi đua - Khen thưởng " + issuer + ",");
        return bases;
    }

    private static String number(List<CertificateDocument> all) {
        return all.getFirst().decisionNumber();
    }

    private static String fileName(String what, String number, String ext) {
        return FileNames.readable(what + " " + number + ext);
    }
}

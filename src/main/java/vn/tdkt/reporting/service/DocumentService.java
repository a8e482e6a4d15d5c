package vn.tdkt.reporting.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import vn.tdkt.base.service.Access;
import vn.tdkt.reporting.service.DocumentRecords.CertificateDocument;
import vn.tdkt.reporting.service.DocumentRecords.DecisionDocument;
import vn.tdkt.reporting.service.DocumentRecords.MinutesDocument;
import vn.tdkt.reporting.service.DocumentRecords.SubmissionDocument;

/**
 * Turns document records into .docx (for editing) and PDF (for printing) files. It reads no
 * data: the feature that owns the record has already read it under its own access rule, so
 * any logged-in caller may have it rendered.
 */
@Service
public class DocumentService {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    public static final String ZIP = "application/zip";

    @Access.Authenticated
    public byte[] decisionDocx(DecisionDocument d) {
        return DocxRenderer.render(List.of(DocumentLayouts.decision(d)));
    }

    @Access.Authenticated
    public byte[] decisionPdf(DecisionDocument d) {
        return PdfRenderer.render(List.of(DocumentLayouts.decision(d)));
    }

    /** All certificates in one Word file, one page each. */
    @Access.Authenticated
    public byte[] certificatesDocx(List<CertificateDocument> certificates) {
        requireSome(certificates);
        return DocxRenderer.render(certificates.stream().map(DocumentLayouts::certificate).toList());
    }

    /** All certificates in one PDF, one page each, for printing in one go. */
    @Access.Authenticated
    public byte[] certificatesPdf(List<CertificateDocument> certificates) {
        requireSome(certificates);
        return PdfRenderer.render(certificates.stream().map(DocumentLayouts::certificate).toList());
    }

    /**
     * One file per recipient ({@code pdf} or .docx), zipped; each named after its số sổ vàng
     * (when it has one) and the recipient, ASCII-folded so that every unzip tool keeps the name.
     */
    @Access.Authenticated
    public byte[] certificatesZip(List<CertificateDocument> certificates, boolean pdf) {
        requireSome(certificates);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Set<String> used = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            int i = 0;
            for (CertificateDocument c : certificates) {
                i++;
                String base = FileNames.ascii((c.registerNo() == null ? "%03d".formatted(i)
                        : "so-vang-" + c.registerNo()) + "-" + c.recipientName());
                String name = base + (pdf ? ".pdf" : ".docx");
                for (int n = 2; !used.add(name); n++) {
                    name = base + "-" + n + (pdf ? ".pdf" : ".docx");
                }
                zip.putNextEntry(new ZipEntry(name));
                List<Layout> one = List.of(DocumentLayouts.certificate(c));
                zip.write(pdf ? PdfRenderer.render(one) : DocxRenderer.render(one));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Access.Authenticated
    public byte[] minutesDocx(MinutesDocument m) {
        return DocxRenderer.render(List.of(DocumentLayouts.minutes(m)));
    }

    @Access.Authenticated
    public byte[] minutesPdf(MinutesDocument m) {
        return PdfRenderer.render(List.of(DocumentLayouts.minutes(m)));
    }

    @Access.Authenticated
    public byte[] submissionDocx(SubmissionDocument s) {
        return DocxRenderer.render(List.of(DocumentLayouts.submission(s)));
    }

    @Access.Authenticated
    public byte[] submissionPdf(SubmissionDocument s) {
        return PdfRenderer.render(List.of(DocumentLayouts.submission(s)));
    }

    private static void requireSome(List<CertificateDocument> certificates) {
        if (certificates.isEmpty()) {
            throw new vn.tdkt.base.service.BusinessException("document.noCertificates");
        }
    }
}

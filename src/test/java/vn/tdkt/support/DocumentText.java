package vn.tdkt.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.tdkt.reporting.service.DocumentRecords.GeneratedFile;

/** The text of a generated document as a reader sees it, whitespace collapsed: Word through POI, PDF through PDFBox. */
public final class DocumentText {

    private DocumentText() {
    }

    public static String of(GeneratedFile file) {
        try {
            return (file.name().endsWith(".pdf") ? pdf(file.content()) : word(file.content())).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String word(byte[] content) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            return new XWPFWordExtractor(doc).getText();
        }
    }

    private static String pdf(byte[] content) throws IOException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        }
    }
}

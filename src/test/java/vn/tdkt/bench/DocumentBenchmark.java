package vn.tdkt.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.tdkt.reporting.service.DocumentRecords.CertificateDocument;
import vn.tdkt.reporting.service.DocumentRecords.DecisionDocument;
import vn.tdkt.reporting.service.DocumentService;
import vn.tdkt.reporting.service.SampleDocuments;

/**
 * How long the documents of one decision with 150 recipients take to generate: the decision
 * as .docx and PDF, all certificates in one PDF and one zip. Prints; asserts nothing about time.
 * {@code ./mvnw -o verify -Dit.test=DocumentBenchmark -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}
 */
class DocumentBenchmark {

    private static final int RECIPIENTS = 150;
    private static final int ROUNDS = 5;

    private final DocumentService documents = new DocumentService();

    @Test
    void documents_of_a_decision_with_150_recipients() {
        DecisionDocument decision = SampleDocuments.decision(SampleDocuments.VPTU, RECIPIENTS - 1);
        List<CertificateDocument> certificates = new ArrayList<>();
        for (int i = 0; i < RECIPIENTS; i++) {
            certificates.add(SampleDocuments.certificate("Nguyễn Thị Hường " + i, 100 + i));
        }
        // Warm-up: class loading, font parsing and the JIT are not what a user waits for after the first time.
        documents.decisionDocx(decision);
        documents.decisionPdf(decision);
        documents.certificatesPdf(certificates.subList(0, 10));
        System.out.println("== Documents of one decision with " + RECIPIENTS + " recipients (best/median of "
                + ROUNDS + ", ms; size) ==");
        measure("decision .docx", () -> documents.decisionDocx(decision));
        measure("decision PDF", () -> documents.decisionPdf(decision));
        measure("all certificates, one PDF", () -> documents.certificatesPdf(certificates));
        measure("all certificates, one .docx", () -> documents.certificatesDocx(certificates));
        measure("certificates, zip of PDFs", () -> documents.certificatesZip(certificates, true));
    }

    private static void measure(String what, Supplier<byte[]> work) {
        long[] ms = new long[ROUNDS];
        int size = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            size = work.get().length;
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(ms);
        System.out.println(String.format(Locale.ROOT, "%-32s best %6d  median %6d  size %,10d bytes", what, ms[0],
                ms[ROUNDS / 2], size));
    }
}

package vn.tdkt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.document.service.FileService;
import vn.tdkt.document.service.FileService.FileRecord;
import vn.tdkt.history.service.AwardExport;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardQuery.Revoked;
import vn.tdkt.history.service.AwardSearchService.SortKey;
import vn.tdkt.security.service.UserService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.Unique;

/**
 * What security staff find in the trail besides business changes (ASVS V16): refusals and
 * exports, each with who, when and from which address.
 */
@IntegrationTest
class SecurityAuditTest {

    @Autowired
    AuditService audit;
    @Autowired
    AwardExport export;
    @Autowired
    UserService users;
    @Autowired
    RunAs runAs;
    @Autowired
    FileService files;

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private void requestFrom(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private AuditRecord newest(String text) {
        return runAs.as("quantri", () -> audit.search(text, PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC,
                "occurredAt", "id"))).getContent().getFirst());
    }

    @Test
    void a_service_call_refused_by_method_security_is_recorded_with_the_method_who_and_where() {
        requestFrom("10.9.8.7");

        runAs.as("canbo.tonghop", () -> assertDenied(() -> users.count("")));

        AuditRecord record = newest("UserService.count");
        assertThat(record.action()).isEqualTo("ACCESS_DENIED");
        assertThat(record.entityType()).isEqualTo("ServiceCall");
        assertThat(record.summary()).isEqualTo("UserService.count");
        assertThat(record.username()).isEqualTo("canbo.tonghop");
        assertThat(record.sourceAddress()).isEqualTo("10.9.8.7");
    }

    @Test
    void an_excel_export_of_the_register_is_recorded_with_its_filter_and_row_count() {
        requestFrom("10.9.8.6");
        String mark = Unique.code("xuat");
        AwardQuery q = new AwardQuery("quang tri " + mark, Set.of(), null, null, null, 2022, 2022, null, null,
                Revoked.EXCLUDED);

        long rows = runAs.as("xem", () -> export.xlsx(q.withText("quang tri"), List.of(new SortKey("recipient",
                true)), new ByteArrayOutputStream()));
        runAs.as("xem", () -> export.xlsx(q, List.of(), new ByteArrayOutputStream()));

        AuditRecord all = newest("từ khóa „quang tri”, năm 2022–2022; " + rows + " dòng");
        assertThat(all.action()).isEqualTo("EXPORT");
        assertThat(all.entityType()).isEqualTo("Download");
        assertThat(all.username()).isEqualTo("xem");
        assertThat(all.sourceAddress()).isEqualTo("10.9.8.6");
        assertThat(all.summary()).isEqualTo("Sổ khen thưởng (so-khen-thuong.xlsx): bộ lọc từ khóa „quang tri”, "
                + "năm 2022–2022; " + rows + " dòng");
        assertThat(newest(mark).summary()).endsWith("; 0 dòng");
    }

    @Test
    void downloading_an_attached_file_is_recorded_with_the_file() throws Exception {
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(word)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        String name = Unique.code("bao-cao") + ".docx";
        FileRecord stored = runAs.as("thuongtruc", () -> files.store(name, word.toByteArray()));
        requestFrom("10.9.8.5");

        runAs.as("xem", () -> files.content(stored.id()));

        AuditRecord record = runAs.as("quantri", () -> audit.trail("StoredFile", stored.id())).getFirst();
        assertThat(record.action()).isEqualTo("DOWNLOAD");
        assertThat(record.username()).isEqualTo("xem");
        assertThat(record.summary()).isEqualTo(name + " (" + stored.sizeBytes() + " B)");
        assertThat(record.sourceAddress()).isEqualTo("10.9.8.5");
    }
}

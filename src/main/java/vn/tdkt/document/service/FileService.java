package vn.tdkt.document.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Entities;
import vn.tdkt.document.domain.StoredFile;
import vn.tdkt.document.domain.StoredFileRepository;

/**
 * Stores attached documents (plans, reports, pacts). The type is decided from the bytes,
 * not from the name the browser sent: PDF, Word (docx, doc) only, within a size limit.
 */
@Service
public class FileService {

    private static final int MAX_ZIP_ENTRIES = 2000;

    private final StoredFileRepository files;
    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final long maxBytes;

    public FileService(StoredFileRepository files, JdbcTemplate jdbc, AuditService audit,
            @Value("${tdkt.upload.max-bytes:20971520}") long maxBytes) {
        this.files = files;
        this.jdbc = jdbc;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    public record FileRecord(Long id, String fileName, String contentType, long sizeBytes) {
    }

    public record FileContent(String fileName, String contentType, byte[] bytes) {
    }

    @Access.Authenticated
    public long maxBytes() {
        return maxBytes;
    }

    @Access.UnitOfficer
    @Transactional
    public FileRecord store(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new BusinessException("error.file.empty");
        }
        if (bytes.length > maxBytes) {
            throw new BusinessException("error.file.tooLarge", maxBytes / (1024 * 1024));
        }
        String type = detectType(bytes);
        String name = safeName(fileName);
        StoredFile file = files.saveAndFlush(new StoredFile(name, type, bytes.length, sha256(bytes)));
        jdbc.update("INSERT INTO doc_file_content (file_id, content) VALUES (?, ?)", file.getId(), bytes);
        audit.record("StoredFile", file.getId(), "CREATE", name + " (" + bytes.length + " B, " + type + ")");
        return new FileRecord(file.getId(), name, type, bytes.length);
    }

    @Access.Authenticated
    @Transactional(readOnly = true)
    public FileRecord describe(Long id) {
        StoredFile f = Entities.found(files, id);
        return new FileRecord(f.getId(), f.getFileName(), f.getContentType(), f.getSizeBytes());
    }

    @Access.Authenticated
    @Transactional(readOnly = true)
    public FileContent content(Long id) {
        StoredFile f = Entities.found(files, id);
        byte[] bytes = jdbc.queryForObject("SELECT content FROM doc_file_content WHERE file_id = ?",
                (rs, i) -> rs.getBytes(1), id);
        return new FileContent(f.getFileName(), f.getContentType(), bytes);
    }

    /** The real type from the leading bytes; anything else is refused. */
    static String detectType(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return "application/msword";
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4}) && zipContains(bytes, "word/document.xml")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        throw new BusinessException("error.file.type");
    }

    private static boolean zipContains(byte[] bytes, String entryName) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int count = 0;
            while ((entry = zip.getNextEntry()) != null && count++ < MAX_ZIP_ENTRIES) {
                if (entry.getName().equals(entryName)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "tai-lieu" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() ? "tai-lieu" : name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

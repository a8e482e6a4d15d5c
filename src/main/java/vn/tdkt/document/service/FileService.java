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
    /** Total size the entries of a Word file may expand to, counted while reading them. */
    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    /** Above this expanded size an entry must not be compressed more than {@link #MAX_RATIO}:1. */
    static final long RATIO_CHECKED_FROM = 1024 * 1024;
    static final long MAX_RATIO = 100;

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
        audit.recordAccess("StoredFile", id, "DOWNLOAD", f.getFileName() + " (" + f.getSizeBytes() + " B)");
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
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4}) && checkedZipContains(bytes, "word/document.xml")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        throw new BusinessException("error.file.type");
    }

    /**
     * Reads every entry to its end, counting the bytes it really expands to (the sizes written in
     * the archive's headers are not trusted): a zip bomb is refused before it is stored or opened.
     */
    private static boolean checkedZipContains(byte[] bytes, String entryName) {
        CountingInput raw = new CountingInput(bytes);
        boolean found = false;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int count = 0;
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > MAX_ZIP_ENTRIES) {
                    throw new BusinessException("error.file.zipBomb");
                }
                found |= entry.getName().equals(entryName);
                long start = raw.position();
                long expanded = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    expanded += n;
                    total += n;
                    long compressed = Math.max(1, raw.position() - start);
                    if (total > MAX_EXPANDED_BYTES
                            || expanded > RATIO_CHECKED_FROM && expanded > MAX_RATIO * compressed) {
                        throw new BusinessException("error.file.zipBomb");
                    }
                }
            }
            return found;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The archive's bytes, telling how many of them the unzipping has read so far. */
    private static final class CountingInput extends ByteArrayInputStream {
        CountingInput(byte[] bytes) {
            super(bytes);
        }

        long position() {
            return pos;
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

package vn.tdkt.document.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Entities;
import vn.tdkt.base.service.JobLock;
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
    static final String SWEEP_JOB = "file-sweep";

    private final StoredFileRepository files;
    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final JobLock jobs;
    private final Clock clock;
    private final long maxBytes;
    private final Duration keepUnreferenced;

    public FileService(StoredFileRepository files, JdbcTemplate jdbc, AuditService audit, JobLock jobs, Clock clock,
            @Value("${tdkt.upload.max-bytes:20971520}") long maxBytes,
            @Value("${tdkt.upload.keep-unreferenced:24h}") Duration keepUnreferenced) {
        this.files = files;
        this.jdbc = jdbc;
        this.audit = audit;
        this.jobs = jobs;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.keepUnreferenced = keepUnreferenced;
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

    /**
     * Nightly: removes the files of abandoned dialogs and replaced uploads. An upload is stored
     * at once (so a large file is checked before the form is saved); if the form is then
     * cancelled or another file taken, nothing refers to it. A day's grace keeps the upload of a
     * form still open. With several nodes, the one that takes the job's lock sweeps; the lock is
     * held for an hour, well beyond a sweep and well within the day to the next one.
     */
    @Scheduled(cron = "${tdkt.upload.sweep-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    @Access.Unsecured("the nightly sweep runs without a user; it deletes only files that no record refers to")
    @Transactional
    public void sweepNightly() {
        if (jobs.tryTake(SWEEP_JOB, Duration.ofHours(1))) {
            sweep(clock.instant().minus(keepUnreferenced));
        }
    }

    /**
     * Deletes the stored files created before {@code before} that no record refers to, found
     * through the database's foreign keys to {@code doc_file} (so a new feature's attachment
     * column is covered by declaring its key). Returns how many went.
     */
    @Access.Admin
    @Transactional
    public int sweep(Instant before) {
        List<Long> old = files.idsCreatedBefore(before);
        if (old.isEmpty()) {
            return 0;
        }
        Set<Long> referenced = new HashSet<>();
        for (String[] ref : references()) {
            for (List<Long> chunk : chunks(old)) {
                String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
                referenced.addAll(jdbc.queryForList("SELECT " + ref[1] + " FROM " + ref[0] + " WHERE " + ref[1]
                        + " IN (" + in + ")", Long.class, chunk.toArray()));
            }
        }
        List<Long> unreferenced = old.stream().filter(id -> !referenced.contains(id)).toList();
        for (List<Long> chunk : chunks(unreferenced)) {
            // The bytes go with their row (ON DELETE CASCADE).
            String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
            jdbc.update("DELETE FROM doc_file WHERE id IN (" + in + ")", chunk.toArray());
        }
        if (!unreferenced.isEmpty()) {
            audit.record("StoredFile", null, "SWEEP", unreferenced.size() + " tệp");
        }
        return unreferenced.size();
    }

    /** Table and column of every foreign key to doc_file, except the file's own bytes. */
    private List<String[]> references() {
        return jdbc.execute((ConnectionCallback<List<String[]>>) c -> {
            List<String[]> refs = new ArrayList<>();
            DatabaseMetaData meta = c.getMetaData();
            for (String table : List.of("doc_file", "DOC_FILE")) {
                try (ResultSet rs = meta.getExportedKeys(c.getCatalog(), c.getSchema(), table)) {
                    while (rs.next()) {
                        String fkTable = rs.getString("FKTABLE_NAME");
                        if (!fkTable.equalsIgnoreCase("doc_file_content")) {
                            refs.add(new String[] {fkTable, rs.getString("FKCOLUMN_NAME")});
                        }
                    }
                }
                if (!refs.isEmpty()) {
                    break;
                }
            }
            if (refs.isEmpty()) {
                // Never sweep blind: without the keys every file would look unreferenced.
                throw new IllegalStateException("No foreign keys to doc_file found");
            }
            return refs;
        });
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
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

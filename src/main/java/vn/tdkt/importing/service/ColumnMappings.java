package vn.tdkt.importing.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.importing.domain.ColumnMapping;
import vn.tdkt.importing.domain.ColumnMappingRepository;
import vn.tdkt.importing.service.ImportRecords.Field;
import vn.tdkt.importing.service.ImportRecords.MappingMemory;

/**
 * The column mappings each user set for the lists they import, remembered per header-row
 * shape so that the next file of the same shape comes with its columns already mapped.
 */
@Service
@Transactional(readOnly = true)
public class ColumnMappings {

    static final String AUDITED = "ColumnMapping";

    private final ColumnMappingRepository mappings;
    private final AuditService audit;

    public ColumnMappings(ColumnMappingRepository mappings, AuditService audit) {
        this.mappings = mappings;
        this.audit = audit;
    }

    /** The current user's mapping for lists whose header row has this shape, if they set one. */
    @Access.Secretary
    public Optional<List<Field>> recall(String shape) {
        return CurrentUser.username().flatMap(user -> mappings.findByUsernameAndShapeHash(user, hash(shape)))
                .flatMap(m -> fields(m.getMapping()));
    }

    /** Keeps the mapping for the next file of this shape; audited. */
    @Access.Secretary
    @Transactional
    public void remember(MappingMemory memory) {
        String user = CurrentUser.username().orElse("system");
        ColumnMapping mapping = mappings.findByUsernameAndShapeHash(user, hash(memory.shape()))
                .orElseGet(() -> new ColumnMapping(user, hash(memory.shape()), memory.headers()));
        if (memory.mapping().equals(mapping.getMapping())) {
            return;
        }
        mapping.setMapping(memory.mapping());
        mapping = mappings.save(mapping);
        audit.record(AUDITED, mapping.getId(), "MAPPING", memory.headers() + " → " + memory.mapping());
    }

    static String text(List<Field> fields) {
        return String.join(",", fields.stream().map(Field::name).toList());
    }

    private static Optional<List<Field>> fields(String text) {
        List<Field> fields = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            try {
                fields.add(Field.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(fields);
    }

    static String hash(String shape) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(shape.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

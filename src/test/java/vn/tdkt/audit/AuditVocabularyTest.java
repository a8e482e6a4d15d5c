package vn.tdkt.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tdkt.audit.service.ChangeSet;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.movement.domain.MovementStatus;

/**
 * Every word the audit trail can show has a message in both languages: each action and each
 * kind of record written by a service, and each constant of the enums whose values it records.
 */
class AuditVocabularyTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/tdkt");
    private static final Pattern AUDIT_CALL = Pattern.compile("audit\\.record(?:As|Access)?\\((.*?)\\);",
            Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("\"([A-Z][A-Z_]+)\"");
    private static final Pattern ENTITY_LITERAL = Pattern.compile("audit\\.record(?:As|Access)?\\(\"([A-Za-z]+)\"");
    private static final Pattern ENTITY_CONSTANT = Pattern.compile(
            "(?:static final )?String (?:ENTITY|DISCIPLINE|PROCEDURE|INITIATIVE|DECISION|AWARD|UNIT|PERSON|POSITION"
                    + "|AUDITED_DECISION) = \"([A-Za-z]+)\";");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditVocabularyTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> sources() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                texts.add(Files.readString(f));
            }
        }
        return texts;
    }

    private static void assertTranslated(Set<String> keys) throws IOException {
        for (String bundle : List.of("messages_vi.properties", "messages.properties")) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    @Test
    void every_action_written_to_the_audit_trail_reads_as_words_in_both_languages() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String text : sources()) {
            Matcher call = AUDIT_CALL.matcher(text);
            while (call.find()) {
                Matcher action = ACTION.matcher(call.group(1));
                while (action.find()) {
                    keys.add("audit.action." + action.group(1));
                }
            }
        }
        assertThat(keys).contains("audit.action.RECORD", "audit.action.REVOKE", "audit.action.STATUS");
        assertTranslated(keys);
    }

    @Test
    void every_kind_of_audited_record_has_a_name_in_both_languages() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String text : sources()) {
            for (Pattern p : List.of(ENTITY_LITERAL, ENTITY_CONSTANT)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    keys.add("audit.entity." + m.group(1));
                }
            }
        }
        assertThat(keys).contains("audit.entity.AwardDecision", "audit.entity.Award", "audit.entity.Movement",
                "audit.entity.PerformanceRating");
        assertTranslated(keys);
    }

    @Test
    void every_constant_of_a_recorded_enum_has_a_label_in_both_languages() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.tdkt")) {
            boolean recorded = c.getPackageName().endsWith(".domain") || c.isEquivalentTo(Role.class);
            if (c.isEnum() && recorded) {
                for (Object constant : c.reflect().getEnumConstants()) {
                    keys.add(AuditText.labelKey((Enum<?>) constant));
                }
            }
        }
        assertThat(keys).contains("MovementStatus.LAUNCHED", "unit.status.MERGED", "role.ADMIN");
        assertTranslated(keys);
    }

    @Test
    void changed_values_read_the_vietnamese_way() {
        String changes = new ChangeSet()
                .field("status", MovementStatus.DRAFT, MovementStatus.LAUNCHED)
                .field("effectiveFrom", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15))
                .field("amount", new BigDecimal("2530000"), new BigDecimal("2500000"))
                .field("coefficient", new BigDecimal("0.3"), new BigDecimal("1.5"))
                .field("active", true, false)
                .toString();
        assertThat(changes).isEqualTo("Trạng thái: Dự thảo → Đã phát động; "
                + "Hiệu lực từ ngày: 01/07/2026 → 15/07/2026; Mức tiền: 2.530.000 → 2.500.000; "
                + "hệ số: 0,3 → 1,5; Đang sử dụng: có → không");
    }
}

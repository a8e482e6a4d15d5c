package vn.tdkt.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tdkt.base.ui.I18n;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnamese_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(load("messages_vi.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void every_literal_key_used_in_the_code_is_translated() throws IOException {
        Set<String> keys = load("messages_vi.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("\"((?:nav|login|action|common|field|units|people|positions|blocs|"
                + "awardTypes|baseSalary|users|audit|history|home|error|vote|app|movements|registration|scoring|dashboard|file|account|decision|decisions|register|import|ratings|stats|timeline|unit|honour|print|upload|rounds|conduct)\\.[A-Za-z0-9_.]*[A-Za-z0-9])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_action_written_to_the_audit_trail_has_a_readable_name() throws IOException {
        Set<String> keys = load("messages_vi.properties").stringPropertyNames();
        Pattern call = Pattern.compile("audit\\.record(?:As)?\\(([^;]*)");
        Pattern action = Pattern.compile("\"([A-Z][A-Z_]+)\"");
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher calls = call.matcher(Files.readString(file));
                while (calls.find()) {
                    Matcher m = action.matcher(calls.group(1));
                    while (m.find()) {
                        actions.add(m.group(1));
                    }
                }
            }
        }
        assertThat(actions).as("actions found in the code").contains("CREATE", "RECORD", "LOCKED");
        assertThat(actions).filteredOn(a -> !keys.contains("audit.action." + a)).as("without audit.action.* text")
                .isEmpty();
    }

    @Test
    void vietnamese_is_the_default_whatever_the_server_locale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            I18n i18n = new I18n();
            assertThat(i18n.getTranslation("nav.logout", I18n.VIETNAMESE)).isEqualTo("Đăng xuất");
            assertThat(i18n.getTranslation("nav.logout", Locale.ENGLISH)).isEqualTo("Log out");
            assertThat(i18n.getTranslation("error.required", I18n.VIETNAMESE, "Mã")).isEqualTo("Chưa nhập Mã.");
        } finally {
            Locale.setDefault(previous);
        }
    }
}

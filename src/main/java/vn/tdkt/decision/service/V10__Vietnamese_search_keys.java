package vn.tdkt.decision.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.domain.Award;

/**
 * Recomputes what Java derives from names, after the rules changed: people's names stored
 * clean (Unicode spaces, "Ð"), their folded names and sort keys (tone by syllable: Thuỷ =
 * Thủy); the register's sort keys and search column (name apart, award name in it). Flyway
 * finds it as a bean; it reads and writes in pages of ids, so a large register does not
 * sit in memory.
 */
@Component
public class V10__Vietnamese_search_keys extends BaseJavaMigration {

    private static final int PAGE = 1000;

    @Override
    @Access.Unsecured("Flyway runs it at start-up, before anyone is logged in")
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        rekeyPeople(c);
        rekeyAwards(c);
    }

    private static void rekeyPeople(Connection c) throws SQLException {
        long last = 0;
        while (true) {
            try (PreparedStatement read = c.prepareStatement(
                    "SELECT id, full_name, name_folded, sort_key FROM org_person WHERE id > ? ORDER BY id");
                    PreparedStatement write = c.prepareStatement(
                            "UPDATE org_person SET full_name = ?, name_folded = ?, sort_key = ? WHERE id = ?")) {
                read.setLong(1, last);
                read.setMaxRows(PAGE);
                int seen = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        seen++;
                        last = rs.getLong(1);
                        String name = VietnameseText.clean(rs.getString(2));
                        String folded = VietnameseText.fold(name);
                        String key = VietnameseText.personSortKey(name);
                        if (!name.equals(rs.getString(2)) || !folded.equals(rs.getString(3))
                                || !key.equals(rs.getString(4))) {
                            write.setString(1, name);
                            write.setString(2, folded);
                            write.setString(3, key);
                            write.setLong(4, last);
                            write.addBatch();
                        }
                    }
                }
                write.executeBatch();
                if (seen < PAGE) {
                    return;
                }
            }
        }
    }

    private static void rekeyAwards(Connection c) throws SQLException {
        long last = 0;
        while (true) {
            try (PreparedStatement read = c.prepareStatement("""
                    SELECT a.id, a.kind, a.recipient_name, a.unit_name, a.doc_number, t.name, a.sort_key, a.search_text
                    FROM dc_award a JOIN cat_award_type t ON t.id = a.award_type_id
                    WHERE a.id > ? ORDER BY a.id""");
                    PreparedStatement write = c.prepareStatement(
                            "UPDATE dc_award SET sort_key = ?, search_text = ? WHERE id = ?")) {
                read.setLong(1, last);
                read.setMaxRows(PAGE);
                int seen = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        seen++;
                        last = rs.getLong(1);
                        String name = rs.getString(3);
                        String key = RecipientKind.COLLECTIVE.name().equals(rs.getString(2))
                                ? VietnameseText.textKey(name) : VietnameseText.personSortKey(name);
                        key = key.length() > 400 ? key.substring(0, 400) : key;
                        String text = Award.searchText(name, rs.getString(4), rs.getString(5), rs.getString(6));
                        if (!key.equals(rs.getString(7)) || !Objects.equals(text, rs.getString(8))) {
                            write.setString(1, key);
                            write.setString(2, text);
                            write.setLong(3, last);
                            write.addBatch();
                        }
                    }
                }
                write.executeBatch();
                if (seen < PAGE) {
                    return;
                }
            }
        }
    }
}

package vn.tdkt.decision.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.tdkt.base.service.Access;
import vn.tdkt.decision.domain.DocumentNumber;

/**
 * The office's own number sequences (patterns, party-committee terms, counters), its
 * submissions (tờ trình), and the rule that a recorded number is unique per issuer and
 * numbering period: each decision gets the identity of its number ({@code QĐ} = {@code QD},
 * {@code 05} = {@code 5}, case ignored — computed in Java, as the application computes it) and
 * its period (the calendar year: no term is recorded yet). A number that already appears twice
 * in one year (an old import could do that) keeps its second decision apart with a period
 * marked by its id, so the unique index can be built and no record is lost; the log names them.
 * The DDL is the same on H2 (MySQL mode) and MariaDB.
 */
@Component
public class V19__own_numbering extends BaseJavaMigration {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(V19__own_numbering.class);
    private static final int PAGE = 1000;
    private static final String AUDIT_COLUMNS = """
            id BIGINT AUTO_INCREMENT PRIMARY KEY,
            version BIGINT NOT NULL,
            created_at DATETIME(6) NOT NULL,
            created_by VARCHAR(100) NOT NULL,
            modified_at DATETIME(6) NOT NULL,
            modified_by VARCHAR(100) NOT NULL,
            """;

    private static final String[] DDL = {
        "CREATE TABLE dc_numbering (" + AUDIT_COLUMNS + """
            issuer_unit_id BIGINT NOT NULL,
            doc_kind VARCHAR(20) NOT NULL,
            pattern VARCHAR(60) NOT NULL,
            CONSTRAINT fk_dc_numbering_issuer FOREIGN KEY (issuer_unit_id) REFERENCES org_unit (id))""",
        "CREATE UNIQUE INDEX ux_dc_numbering ON dc_numbering (issuer_unit_id, doc_kind)",
        "CREATE TABLE dc_numbering_term (" + AUDIT_COLUMNS + """
            issuer_unit_id BIGINT NOT NULL,
            name VARCHAR(100) NOT NULL,
            starts_on DATE NOT NULL,
            ends_on DATE NOT NULL,
            CONSTRAINT fk_dc_numbering_term_issuer FOREIGN KEY (issuer_unit_id) REFERENCES org_unit (id))""",
        "CREATE INDEX ix_dc_numbering_term ON dc_numbering_term (issuer_unit_id, starts_on)",
        "CREATE TABLE dc_number_counter (" + AUDIT_COLUMNS + """
            numbering_id BIGINT NOT NULL,
            period_key VARCHAR(24) NOT NULL,
            last_number INT NOT NULL,
            CONSTRAINT fk_dc_number_counter_numbering FOREIGN KEY (numbering_id) REFERENCES dc_numbering (id)
                ON DELETE CASCADE)""",
        "CREATE UNIQUE INDEX ux_dc_number_counter ON dc_number_counter (numbering_id, period_key)",
        "CREATE TABLE dc_submission (" + AUDIT_COLUMNS + """
            issuer_unit_id BIGINT NOT NULL,
            doc_number VARCHAR(60) NOT NULL,
            number_ident VARCHAR(80) NOT NULL,
            number_period VARCHAR(24) NOT NULL,
            submission_date DATE NOT NULL,
            addressee VARCHAR(255) NOT NULL,
            addressee_unit_id BIGINT,
            subject VARCHAR(500) NOT NULL,
            reason VARCHAR(2000),
            signer_name VARCHAR(150),
            signer_title VARCHAR(255),
            round_id BIGINT,
            year_from INT NOT NULL,
            year_to INT NOT NULL,
            CONSTRAINT fk_dc_submission_issuer FOREIGN KEY (issuer_unit_id) REFERENCES org_unit (id),
            CONSTRAINT fk_dc_submission_addressee FOREIGN KEY (addressee_unit_id) REFERENCES org_unit (id))""",
        "CREATE UNIQUE INDEX ux_dc_submission_number ON dc_submission (issuer_unit_id, number_ident, number_period)",
        "CREATE INDEX ix_dc_submission_round ON dc_submission (round_id)",
        """
            CREATE TABLE dc_submission_line (
            submission_id BIGINT NOT NULL,
            line_no INT NOT NULL,
            kind VARCHAR(12) NOT NULL,
            person_id BIGINT,
            unit_id BIGINT,
            recipient_name VARCHAR(500) NOT NULL,
            position_name VARCHAR(255),
            unit_name VARCHAR(500),
            award_type_id BIGINT NOT NULL,
            award_name VARCHAR(255) NOT NULL,
            nomination_id BIGINT,
            PRIMARY KEY (submission_id, line_no),
            CONSTRAINT fk_dc_submission_line FOREIGN KEY (submission_id) REFERENCES dc_submission (id)
                ON DELETE CASCADE)""",
        "ALTER TABLE dc_decision ADD COLUMN number_ident VARCHAR(80)",
        "ALTER TABLE dc_decision ADD COLUMN number_period VARCHAR(24)",
    };

    @Override
    @Access.Unsecured("Flyway runs it at start-up, before anyone is logged in")
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
        keyNumbers(c);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE UNIQUE INDEX ux_dc_decision_number_period ON dc_decision "
                    + "(issuer_unit_id, number_ident, number_period)");
        }
    }

    private static void keyNumbers(Connection c) throws SQLException {
        Set<String> seen = new HashSet<>();
        long last = 0;
        while (true) {
            try (PreparedStatement read = c.prepareStatement("SELECT id, issuer_unit_id, doc_number, decision_date "
                    + "FROM dc_decision WHERE id > ? ORDER BY id");
                    PreparedStatement write = c.prepareStatement(
                            "UPDATE dc_decision SET number_ident = ?, number_period = ? WHERE id = ?")) {
                read.setLong(1, last);
                read.setMaxRows(PAGE);
                int rows = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        last = rs.getLong(1);
                        String identity = DocumentNumber.parse(rs.getString(3)).identity();
                        String period = NumberPeriods.YEAR + rs.getDate(4).toLocalDate().getYear();
                        if (!seen.add(rs.getLong(2) + "|" + identity + "|" + period)) {
                            LOG.warn("Decision {} ({}) repeats a number of its issuer in {}: kept apart", last,
                                    rs.getString(3), period);
                            period = period + "#" + last;
                        }
                        write.setString(1, identity);
                        write.setString(2, period);
                        write.setLong(3, last);
                        write.addBatch();
                    }
                }
                write.executeBatch();
                if (rows < PAGE) {
                    return;
                }
            }
        }
    }
}

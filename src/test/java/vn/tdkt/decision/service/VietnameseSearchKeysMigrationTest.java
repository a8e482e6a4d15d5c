package vn.tdkt.decision.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

/** Rows written under the old rules get the new names, keys and search column when V10 runs. */
@IntegrationTest
class VietnameseSearchKeysMigrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonService people;
    @Autowired
    RunAs runAs;
    @Autowired
    TestData data;

    @Test
    void old_rows_are_rekeyed() throws Exception {
        Long person = runAs.as("quantri", () -> people.create(new PersonForm(null, 0, "Lê Thị Thủy Khóa", Gender.FEMALE,
                1980, false, data.unit("phong tong hop van phong tinh uy quang tri"), null, LocalDate.of(2010, 1, 1),
                null)).id());
        // As the old rules stored them: a pasted no-break space, tone keys per letter, no award name to search.
        jdbc.update("UPDATE org_person SET full_name = ?, name_folded = ?, sort_key = ? WHERE id = ?",
                "Lê\u00A0Thị Thuỷ Khóa", "le\u00A0thi thuy khoa", "OLD", person);
        Long award = jdbc.queryForObject("SELECT MIN(id) FROM dc_award", Long.class);
        String expected = jdbc.queryForObject("SELECT search_text FROM dc_award WHERE id = ?", String.class, award);
        jdbc.update("UPDATE dc_award SET search_text = ?, sort_key = ? WHERE id = ?", "old", "OLD", award);

        try (Connection c = dataSource.getConnection()) {
            new V10__Vietnamese_search_keys().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return c;
                }
            });
        }

        assertThat(jdbc.queryForMap("SELECT full_name, name_folded, sort_key FROM org_person WHERE id = ?", person))
                .containsValues("Lê Thị Thuỷ Khóa", "le thi thuy khoa",
                        VietnameseText.personSortKey("Lê Thị Thủy Khóa"));
        assertThat(jdbc.queryForObject("SELECT search_text FROM dc_award WHERE id = ?", String.class, award))
                .isEqualTo(expected).contains(" | ").contains(" \u00A6 ");
        assertThat(jdbc.queryForObject("SELECT sort_key FROM dc_award WHERE id = ?", String.class, award))
                .isNotEqualTo("OLD");
    }
}

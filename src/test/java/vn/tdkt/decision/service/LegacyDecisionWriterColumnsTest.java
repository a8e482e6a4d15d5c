package vn.tdkt.decision.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.decision.domain.Award;
import vn.tdkt.support.IntegrationTest;

/**
 * The legacy import writes award rows with its own INSERT for speed; these checks hold that
 * statement to the {@link Award} entity's mapping, so a column added to one is not forgotten
 * in the other.
 */
@IntegrationTest
class LegacyDecisionWriterColumnsTest {

    @Autowired
    EntityManagerFactory emf;

    @Test
    void the_import_writes_every_column_the_award_entity_maps_except_id_and_revocation() {
        AbstractEntityPersister award = (AbstractEntityPersister) emf.unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(Award.class);
        Set<String> mapped = new TreeSet<>(Arrays.asList(award.getIdentifierColumnNames()));
        for (String property : award.getPropertyNames()) {
            mapped.addAll(Arrays.asList(award.getPropertyColumnNames(property)));
        }
        Set<String> written = new TreeSet<>(LegacyDecisionWriter.COLUMNS);
        written.addAll(LegacyDecisionWriter.LEFT_EMPTY);

        assertThat(written).isEqualTo(mapped);
        assertThat(LegacyDecisionWriter.COLUMNS).doesNotHaveDuplicates();
    }

    @Test
    void every_placeholder_of_the_insert_has_a_declared_type() {
        long placeholders = LegacyDecisionWriter.INSERT.chars().filter(c -> c == '?').count();
        assertThat(LegacyDecisionWriter.TYPES).hasSize((int) placeholders);
    }
}

package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.parley.security.SystemTask;
import org.parley.security.UserService;
import org.parley.security.UserSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;

/** The test database, H2 or PostgreSQL, is built by the migrations alone and then started like a new installation. */
@ParleyTest
class DatabaseSchemaTest {

    @Autowired
    Flyway flyway;

    @Autowired
    UserService users;

    @Test
    void every_migration_is_applied_and_none_is_pending() {
        var info = flyway.info();

        assertThat(info.applied())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
        assertThat(info.pending()).extracting(MigrationInfo::getScript).isEmpty();
    }

    @Value("${spring.jpa.hibernate.ddl-auto}")
    String schemaCheck;

    @Test
    void the_tests_check_every_entity_against_the_schema_the_migrations_built() {
        // production skips this at start-up (docs/0031-performance-figures.md): the tests are where a mismatch shows
        assertThat(schemaCheck).isEqualTo("validate");
    }

    @Test
    void a_new_database_gets_its_first_administrator() {
        var found = SystemTask.runAsSystem(
                () -> users.list("admin", PageRequest.of(0, 10)).getContent());

        assertThat(found).extracting(UserSummary::username).contains("admin");
    }
}

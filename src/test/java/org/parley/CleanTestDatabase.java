package org.parley;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Every test run starts from an empty schema, so a PostgreSQL test database left over from an earlier run (or from
 * an older version of a migration) cannot make tests pass or fail by accident. The schema is cleaned once per test
 * JVM, not once per Spring context: contexts cached side by side share the database, and a later one must not wipe
 * the data an earlier one set up at start (such as the first administrator).
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class CleanTestDatabase {

    private static final AtomicBoolean cleaned = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOncePerTestRun() {
        return flyway -> {
            if (cleaned.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}

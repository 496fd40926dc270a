package org.parley.demo;

import org.parley.security.SystemTask;
import org.parley.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;

/**
 * Fills the demo database through the same services the UI uses. The demo database is rebuilt at every start so that
 * the scenario stays dated relative to today.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    @Bean
    FlywayMigrationStrategy freshDemoDatabase() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    @Bean
    @Order(0)
    ApplicationRunner demoData(UserService users) {
        return (ApplicationArguments args) -> SystemTask.runAsSystem(() -> {
            DemoUsers.ALL.forEach(users::create);
            log.info("Demo users: {} (password \"{}\")",
                    DemoUsers.ALL.stream().map(u -> u.username()).toList(), DemoUsers.PASSWORD);
        });
    }
}

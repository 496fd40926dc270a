package org.parley.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumSet;
import org.parley.shared.Classification;
import org.parley.shared.ClusterJobs;
import org.parley.shared.LanguageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An empty database gets one administrator, "admin". Its password comes from {@code parley.security.admin-password}
 * (or the environment variable PARLEY_SECURITY_ADMIN_PASSWORD / PARLEY_ADMIN_PASSWORD); without one, a random password
 * is generated and printed once in the log. The demo profile brings its own users instead. Nodes starting together
 * on one empty database create it once: the node holding the job's cluster lock does, the others skip.
 */
@Component
@Profile("!demo")
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository users;
    private final UserService userService;
    private final SecuritySettings settings;
    private final ClusterJobs clusterJobs;

    private final LanguageSettings languages;

    FirstAdministrator(
            UserAccountRepository users,
            UserService userService,
            SecuritySettings settings,
            ClusterJobs clusterJobs,
            LanguageSettings languages) {
        this.languages = languages;
        this.users = users;
        this.userService = userService;
        this.settings = settings;
        this.clusterJobs = clusterJobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        clusterJobs.runOnOneNode("first-administrator", Duration.ofMinutes(5), Duration.ZERO, this::createIfNone);
    }

    private void createIfNone() {
        if (users.count() > 0) {
            return;
        }
        String configured = settings.adminPassword();
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("PARLEY_ADMIN_PASSWORD");
        }
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? randomPassword() : configured;
        try {
            SystemTask.runAsSystem(() -> userService.create(new NewUser(
                    "admin",
                    "Administrator",
                    null,
                    EnumSet.of(Role.ADMIN),
                    Classification.SECRET,
                    ZoneId.of("UTC"),
                    languages.defaultLocale().getLanguage(),
                    password)));
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "The configured administrator password (parley.security.admin-password) cannot be used: "
                            + e.getMessage(),
                    e);
        }
        if (generated) {
            log.warn("""

                    ************************************************************************
                    Created the first administrator "admin" with the generated password:
                        {}
                    It is shown only this once. Sign in and change it under Profile.
                    ************************************************************************""", password);
        } else {
            log.info("Created the first administrator \"admin\" with the configured password");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package org.parley.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The operator's security settings ({@code parley.security.*}); config/application.properties documents each one.
 *
 * @param adminPassword password of the first administrator, used only when the database has no administrator yet
 * @param maxFailures consecutive failed sign-ins that lock a username
 * @param lockDuration how long such a lock lasts; it expires by itself
 * @param maxFailuresPerAddressPerHour failed sign-ins processed per remote address and hour; beyond that, attempts
 *     from that address are refused without checking the password (slows down password spraying)
 * @param sessionRecheck how long a node trusts what it last read of a signed-in user (enabled, security version)
 *     before reading it again; a user disabled, or whose roles or clearance change, on one node is signed out on
 *     every other node within this time (docs/0015-several-nodes.md)
 */
@Validated
@ConfigurationProperties(prefix = "parley.security")
public record SecuritySettings(
        @Nullable String adminPassword,
        @DefaultValue("5") @Min(1) @Max(100) int maxFailures,
        @DefaultValue("15m") @NotNull Duration lockDuration,
        @DefaultValue("100") @Min(1) int maxFailuresPerAddressPerHour,
        @DefaultValue("2s") @NotNull Duration sessionRecheck) {}

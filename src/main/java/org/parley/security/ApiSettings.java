package org.parley.security;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The operator's settings for the HTTP API ({@code parley.api.*}); config/application.properties documents them.
 *
 * @param tokenMaxLifetime the longest expiry a personal API token may be given
 * @param maxRequestSize the largest request body the API accepts; larger ones get 413 before they are read
 */
@Validated
@ConfigurationProperties(prefix = "parley.api")
public record ApiSettings(
        @DefaultValue("365d") @NotNull Duration tokenMaxLifetime,
        @DefaultValue("256KB") @NotNull DataSize maxRequestSize) {}

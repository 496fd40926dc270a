package org.parley.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The calendar feed settings, {@code parley.calendar.feed.*}; defaults in the built-in application.properties,
 * documented in config/application.properties.
 *
 * @param refreshInterval how often calendars are asked to poll (REFRESH-INTERVAL and X-PUBLISHED-TTL)
 * @param past how far back a feed reaches
 * @param future how far ahead a feed reaches
 * @param cancelledKept how long a cancelled meeting stays in feeds as STATUS:CANCELLED
 * @param maxEvents the most meetings one feed holds, the earliest first
 */
@Validated
@ConfigurationProperties(prefix = "parley.calendar.feed")
record FeedSettings(
        @NotNull Duration refreshInterval,
        @NotNull Period past,
        @NotNull Period future,
        @NotNull Period cancelledKept,
        @Min(1) @Max(100_000) int maxEvents) {}

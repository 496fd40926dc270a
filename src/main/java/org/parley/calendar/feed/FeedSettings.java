package org.parley.calendar.feed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The calendar feed settings, {@code parley.calendar.feed.*}; defaults here (so that the calendar
 * configuration starts without them), documented in config/application.properties.
 *
 * @param refreshInterval how often calendars are asked to poll (REFRESH-INTERVAL and X-PUBLISHED-TTL)
 * @param past how far back a feed reaches
 * @param future how far ahead a feed reaches
 * @param cancelledKept how long a cancelled meeting stays in feeds as STATUS:CANCELLED
 * @param maxEvents the most meetings one feed holds, the earliest first
 * @param cache how many bytes of rendered feed bodies to keep in memory, reused while their version stands
 */
@Validated
@ConfigurationProperties(prefix = "parley.calendar.feed")
record FeedSettings(
        @DefaultValue("PT1H") @NotNull Duration refreshInterval,
        @DefaultValue("P90D") @NotNull Period past,
        @DefaultValue("P730D") @NotNull Period future,
        @DefaultValue("P30D") @NotNull Period cancelledKept,
        @DefaultValue("5000") @Min(1) @Max(100_000) int maxEvents,
        @DefaultValue("64MB") @NotNull DataSize cache) {

    long cacheBytes() {
        return cache.toBytes();
    }
}

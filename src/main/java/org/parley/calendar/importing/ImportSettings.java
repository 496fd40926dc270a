package org.parley.calendar.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The import settings, {@code parley.calendar.import.*}, documented in config/application.properties.
 *
 * @param maxBytes the largest .ics file a planner may upload; an invitation is a few kilobytes
 */
@ConfigurationProperties(prefix = "parley.calendar.import")
record ImportSettings(@DefaultValue("1MB") DataSize maxBytes) {

    ImportSettings {
        if (maxBytes.toBytes() < 1) {
            throw new IllegalArgumentException("parley.calendar.import.max-bytes must be at least 1 byte");
        }
    }
}

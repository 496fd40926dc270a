package org.parley.counterpart;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The register's settings, {@code parley.notes-verbales.*}, documented in config/application.properties.
 *
 * @param maxFileSize the largest PDF a note may carry
 */
@ConfigurationProperties(prefix = "parley.notes-verbales")
public record NoteVerbaleSettings(@DefaultValue("10MB") DataSize maxFileSize) {}

package org.parley.protocol;

/** Identifies a protocol rank. */
public record RankId(long value) {}

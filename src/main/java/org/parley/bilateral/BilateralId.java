package org.parley.bilateral;

/** Identifies a bilateral request. */
public record BilateralId(long value) {}

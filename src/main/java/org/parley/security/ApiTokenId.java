package org.parley.security;

public record ApiTokenId(long value) {}

package org.parley.counterpart;

public record NoteVerbaleId(long value) {}

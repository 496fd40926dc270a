package org.parley.counterpart;

/** A PDF attached to a note, as uploaded: checked for size and type by the service. */
public record NoteFile(String fileName, byte[] content) {}

package org.parley.briefing;

/** A briefing note as a file: the PDF and the name to save it under. */
public record BriefingNote(byte[] content, String fileName) {

    public static final String CONTENT_TYPE = "application/pdf";
}

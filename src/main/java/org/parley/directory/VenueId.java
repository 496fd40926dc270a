package org.parley.directory;

/** Identifies a venue in the directory. */
public record VenueId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

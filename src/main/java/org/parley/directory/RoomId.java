package org.parley.directory;

/** Identifies a room in the directory. */
public record RoomId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}

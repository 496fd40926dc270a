package org.parley.api;

import org.jspecify.annotations.Nullable;

/** The meeting's version as a strong ETag, and back from If-Match. */
final class Versions {

    /** 428: changes must say which version they change, so that nobody overwrites a change they have not seen. */
    static final class PreconditionRequiredException extends RuntimeException {
        PreconditionRequiredException() {
            super("Send If-Match with the ETag of the version you changed; GET the meeting to get it");
        }
    }

    private Versions() {}

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** A malformed or wildcard If-Match cannot name a version, so it fails as stale (412) rather than guessing. */
    static long fromIfMatch(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

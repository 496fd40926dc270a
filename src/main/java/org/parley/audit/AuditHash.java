package org.parley.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 over an unambiguous encoding of an entry (a version tag, the id, then every text field
 * length-prefixed, so that moving characters between fields changes the hash), including the previous entry's hash.
 */
final class AuditHash {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final byte[] VERSION = "parley-audit-v1".getBytes(StandardCharsets.US_ASCII);
    // fixed precision, as stored in timestamp(6): the text hashed at append is the text hashed at verification
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {}

    static String of(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String target,
            String details,
            String previousHash) {
        var bytes = new ByteArrayOutputStream(256 + details.length() * 3);
        field(bytes, VERSION);
        bytes.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(id).array());
        for (String text : new String[] {TIME.format(occurredAt), actor, action, target, details, previousHash}) {
            field(bytes, text.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256().digest(bytes.toByteArray()));
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        out.writeBytes(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

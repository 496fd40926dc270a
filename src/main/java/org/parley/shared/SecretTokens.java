package org.parley.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets that stand for a person where no sign-in is possible (calendar feed addresses, API tokens): 256 random
 * bits from SecureRandom in URL-safe Base64, of which only the SHA-256 is stored. A plain SHA-256 is enough: with 256
 * random bits there is nothing to guess slowly, and a lookup by hash stays one indexed query.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 bytes in unpadded URL-safe Base64. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private SecretTokens() {}

    /** A new secret: 256 random bits, 43 URL-safe characters. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of {@link #newToken()}'s secrets, so that nothing else is looked up. */
    public static boolean wellFormed(String token) {
        return SHAPE.matcher(token).matches();
    }

    /** The SHA-256 of the text's UTF-8 bytes, in lower-case hex: what is stored and looked up. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

package io.streampulse.api.cache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Strong entity tags derived from the body (128 bits of its SHA-256), so every replica gives the same bytes the
 * same tag, and {@code If-None-Match} evaluation (RFC 9110 13.1.2: weak comparison, a list or {@code *}).
 */
public final class ETags {

    private static final int MAX_HEADER = 8192;

    private ETags() {
    }

    /** The quoted strong ETag of {@code body}. */
    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Whether an {@code If-None-Match} header names {@code etag}: the request may be answered with 304. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isEmpty() || ifNoneMatch.length() > MAX_HEADER) {
            return false;
        }
        String header = ifNoneMatch.trim();
        if (header.equals("*")) {
            return true;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}

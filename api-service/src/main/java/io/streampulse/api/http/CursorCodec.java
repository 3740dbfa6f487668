package io.streampulse.api.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-evident paging cursors: {@code base64url(fields) "." base64url(HMAC-SHA256(secret, scope, fields))}
 * cut to 128 bits. The scope (endpoint and its filters) is part of the MAC, so a cursor only continues the query
 * that issued it. Anything else (edited, truncated, from another query or another secret) is a 400.
 */
public final class CursorCodec {

    public static final String PARAM = "cursor";
    static final int MAX_LENGTH = 512;
    private static final char FIELD_SEPARATOR = '\u001f';
    private static final char SCOPE_SEPARATOR = '\u001e';
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final ThreadLocal<Mac> macs;

    public CursorCodec(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the cursor secret must have at least 16 bytes");
        }
        SecretKeySpec key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        });
    }

    /** The cursor carrying {@code fields} for the query named by {@code scope}. */
    public String encode(String scope, List<String> fields) {
        for (String field : fields) {
            if (field.indexOf(FIELD_SEPARATOR) >= 0 || field.indexOf(SCOPE_SEPARATOR) >= 0) {
                throw new IllegalArgumentException("cursor fields cannot contain separators");
            }
        }
        byte[] payload = String.join(String.valueOf(FIELD_SEPARATOR), fields).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(scope, payload));
    }

    /**
     * The fields of a cursor this codec issued for {@code scope}, exactly {@code fieldCount} of them.
     *
     * @throws ProblemException 400 when the cursor is malformed, altered or belongs to another query
     */
    public List<String> decode(String scope, String cursor, int fieldCount) {
        Objects.requireNonNull(scope, "scope");
        if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        int dot = cursor.indexOf('.');
        if (dot <= 0 || dot != cursor.lastIndexOf('.')) {
            throw invalid();
        }
        byte[] payload;
        byte[] tag;
        try {
            payload = DECODER.decode(cursor.substring(0, dot));
            tag = DECODER.decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(tag, mac(scope, payload))) {
            throw invalid();
        }
        List<String> fields = Arrays.asList(new String(payload, StandardCharsets.UTF_8)
            .split(String.valueOf(FIELD_SEPARATOR), -1));
        if (fields.size() != fieldCount) {
            throw invalid();
        }
        return List.copyOf(fields);
    }

    /** The 400 every unusable cursor gets (also for cursors whose fields fail their endpoint's own checks). */
    public static ProblemException invalid() {
        return ProblemException.invalidParameter(PARAM,
            "is not a cursor this query issued; start again without it");
    }

    private byte[] mac(String scope, byte[] payload) {
        Mac mac = macs.get();
        mac.update(scope.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) SCOPE_SEPARATOR);
        return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    }
}

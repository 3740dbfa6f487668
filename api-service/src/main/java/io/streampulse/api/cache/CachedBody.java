package io.streampulse.api.cache;

import java.util.Objects;

/**
 * A response body as it goes on the wire: the JSON bytes, serialized once, and their strong ETag, computed once.
 * A cache hit sends these bytes as they are.
 */
public final class CachedBody {

    private final byte[] bytes;
    private final String etag;

    private CachedBody(byte[] bytes, String etag) {
        this.bytes = bytes;
        this.etag = etag;
    }

    /** Wraps {@code bytes} (not copied: the caller hands them over). */
    public static CachedBody of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new CachedBody(bytes, ETags.of(bytes));
    }

    public byte[] bytes() {
        return bytes;
    }

    public String etag() {
        return etag;
    }

    int size() {
        return bytes.length;
    }
}

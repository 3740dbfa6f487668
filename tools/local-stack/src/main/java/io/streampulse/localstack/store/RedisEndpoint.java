package io.streampulse.localstack.store;

/** Where the services find Redis, and where that Redis comes from. */
public record RedisEndpoint(String uri, String origin) {

    @Override
    public String toString() {
        return redactedUri() + " (" + origin + ")";
    }

    /** The URI without any password ({@code redis://:secret@host} becomes {@code redis://***@host}). */
    public String redactedUri() {
        int at = uri.indexOf('@');
        int scheme = uri.indexOf("://");
        return at < 0 || scheme < 0 ? uri : uri.substring(0, scheme + 3) + "***" + uri.substring(at);
    }
}

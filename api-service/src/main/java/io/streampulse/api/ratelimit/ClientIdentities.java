package io.streampulse.api.ratelimit;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells clients apart: a request with a known API key ({@code X-Api-Key}, one of the configured keys) counts in that
 * key's window with the key limit; any other request in its client address's window with the default limit (an
 * unknown key is ignored, so inventing keys does not buy more requests). The address is the connection's peer, or,
 * when a trusted proxy header is configured, the last address that proxy appended to it. Keys are kept and sent to
 * Redis only as hashes.
 */
final class ClientIdentities {

    static final String API_KEY_HEADER = "X-Api-Key";
    private static final int MAX_KEY_LENGTH = 256;
    private static final int MAX_ADDRESS_LENGTH = 64;
    /** One digest per thread: every request with a key is hashed, and looking the algorithm up costs more than it. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    });

    private final Set<String> keyHashes;
    private final long defaultLimit;
    private final long keyLimit;

    ClientIdentities(Set<String> apiKeys, long defaultLimit, long keyLimit) {
        this.keyHashes = apiKeys.stream().filter(key -> !key.isBlank()).map(key -> hash(key.trim()))
            .collect(Collectors.toUnmodifiableSet());
        this.defaultLimit = defaultLimit;
        this.keyLimit = keyLimit;
    }

    /**
     * @param apiKey       the X-Api-Key header or null
     * @param forwardedFor the trusted proxy header's value or null (not configured or absent)
     * @param peer         the connection's remote address
     */
    ClientIdentity identify(String apiKey, String forwardedFor, InetSocketAddress peer) {
        if (apiKey != null && !apiKey.isEmpty() && apiKey.length() <= MAX_KEY_LENGTH) {
            String hash = hash(apiKey.trim());
            if (keyHashes.contains(hash)) {
                return new ClientIdentity("key:" + hash, keyLimit);
            }
        }
        return new ClientIdentity("ip:" + address(forwardedFor, peer), defaultLimit);
    }

    private static String address(String forwardedFor, InetSocketAddress peer) {
        if (forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            String last = hops[hops.length - 1].trim();
            if (!last.isEmpty() && last.length() <= MAX_ADDRESS_LENGTH && last.matches("[0-9A-Fa-f:.\\[\\]]+")) {
                return last;
            }
        }
        if (peer == null) {
            return "unknown";
        }
        return peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString();
    }

    static String hash(String key) {
        byte[] digest = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}


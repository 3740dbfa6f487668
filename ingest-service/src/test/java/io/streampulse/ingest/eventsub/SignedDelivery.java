package io.streampulse.ingest.eventsub;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A webhook delivery as Twitch sends it: headers signed with HMAC-SHA256 over id + timestamp + raw body. */
record SignedDelivery(Map<String, String> headers, byte[] body) {

    static final String SECRET = "ingest-test-eventsub-secret";

    static SignedDelivery notification(String subscriptionType, String version, String body) {
        return signed(SECRET, UUID.randomUUID().toString(), Instant.now().toString(), "notification",
            subscriptionType, version, body.getBytes(StandardCharsets.UTF_8));
    }

    static SignedDelivery signed(String secret, String messageId, String timestamp, String messageType,
                                 String subscriptionType, String version, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Twitch-Eventsub-Message-Id", messageId);
        headers.put("Twitch-Eventsub-Message-Retry", "0");
        headers.put("Twitch-Eventsub-Message-Type", messageType);
        headers.put("Twitch-Eventsub-Message-Signature", "sha256=" + hmac(secret, messageId + timestamp, body));
        headers.put("Twitch-Eventsub-Message-Timestamp", timestamp);
        headers.put("Twitch-Eventsub-Subscription-Type", subscriptionType);
        headers.put("Twitch-Eventsub-Subscription-Version", version);
        return new SignedDelivery(headers, body);
    }

    String messageId() {
        return headers.get("Twitch-Eventsub-Message-Id");
    }

    SignedDelivery without(String header) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.remove(header);
        return new SignedDelivery(copy, body);
    }

    SignedDelivery with(String header, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(header, value);
        return new SignedDelivery(copy, body);
    }

    /** Header lookup ignoring case, as HTTP does. */
    String header(String name) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return byName.get(name);
    }

    private static String hmac(String secret, String prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(prefix.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

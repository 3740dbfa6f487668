package io.streampulse.twitchsim.eventsub;

import io.streampulse.twitchsim.http.Times;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** EventSub message signing: {@code sha256=hex(HMAC_SHA256(secret, id + timestamp + body))}. */
public final class Signer {
    private Signer() {
    }

    public static String sign(String secret, String messageId, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(messageId.getBytes(StandardCharsets.UTF_8));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * A send timestamp like Twitch's (Go RFC3339Nano): a random number of fractional digits with trailing zeros
     * dropped, so a consumer that re-formats the header instead of using it verbatim breaks its signature check.
     */
    public static String timestamp(Instant wallClock) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Instant t = wallClock.plusNanos(random.nextInt(1000));
        String formatted = Times.fraction(t, 1 + random.nextInt(9));
        int dot = formatted.indexOf('.');
        if (dot < 0) {
            return formatted;
        }
        String digits = formatted.substring(dot + 1, formatted.length() - 1).replaceAll("0+$", "");
        return formatted.substring(0, dot) + (digits.isEmpty() ? "" : "." + digits) + "Z";
    }
}

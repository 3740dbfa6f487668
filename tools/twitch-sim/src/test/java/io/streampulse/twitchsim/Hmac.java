package io.streampulse.twitchsim;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The consumer side of EventSub signatures, written independently of the simulator's Signer. */
final class Hmac {
    private Hmac() {
    }

    static String expected(String secret, WebhookReceiver.Received message) {
        return expected(secret, message.header("Twitch-Eventsub-Message-Id"),
                message.header("Twitch-Eventsub-Message-Timestamp"), message.body());
    }

    static String expected(String secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] head = (id + timestamp).getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + body.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(all));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

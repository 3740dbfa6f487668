package io.streampulse.api.http;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cursor codec, keyed by {@code streampulse.api.cursor-secret} (environment only). Without one, a random key is
 * drawn at start: cursors then only work on the replica that issued them, until it restarts.
 */
@Factory
class CursorFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CursorFactory.class);

    @Singleton
    CursorCodec cursorCodec(@Property(name = "streampulse.api.cursor-secret", defaultValue = "") String secret) {
        if (secret.length() >= 16) {
            return new CursorCodec(secret.getBytes(StandardCharsets.UTF_8));
        }
        if (!secret.isEmpty()) {
            LOG.warn("streampulse.api.cursor-secret is shorter than 16 characters; using a random key instead");
        } else {
            LOG.warn("No streampulse.api.cursor-secret set: paging cursors are valid on this replica only");
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new CursorCodec(random);
    }
}

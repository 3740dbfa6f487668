package io.streampulse.contracts.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads classpath resources of the contracts module. */
public final class Resources {

    private Resources() {
    }

    public static boolean exists(String path) {
        return Resources.class.getClassLoader().getResource(path) != null;
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

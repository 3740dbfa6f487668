package io.streampulse.refresh.active;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Lua scripts of {@link RedisActiveSetStore}, read from the classpath next to this class. */
record RedisScripts(String add, String end, String claim, String recordObserved) {

    static RedisScripts load() {
        return new RedisScripts(read("add.lua"), read("end.lua"), read("claim.lua"), read("record-observed.lua"));
    }

    private static String read(String name) {
        try (InputStream in = RedisScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

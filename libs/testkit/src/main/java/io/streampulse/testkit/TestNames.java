package io.streampulse.testkit;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Unique names for isolating tests that share one broker, server or Redis: topics, consumer
 * groups, databases, Redis key prefixes. Unique across test JVMs too (random, not a counter).
 */
public final class TestNames {

    private static final Pattern LEGAL_PREFIX = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private TestNames() {
    }

    /**
     * Returns {@code prefix + "-" + 12 random hex digits}, for example {@code orders-3f9a0c1b7d2e}.
     * The result is a legal Kafka topic and group name and a safe Redis key prefix.
     *
     * @param prefix letters, digits, '.', '_' or '-' (1 to 100 characters)
     * @throws IllegalArgumentException when the prefix has other characters
     */
    public static String unique(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!LEGAL_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "prefix must be 1-100 of [A-Za-z0-9._-], was '" + prefix + "'");
        }
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}

package io.streampulse.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(Instant.parse("2025-05-01T12:00:00Z").toEpochMilli());
    private final CountingStore store = new CountingStore();
    private final RateLimiter limiter = new RateLimiter(store, new FixedWindow(Duration.ofMinutes(1)), now::get);
    private final ClientIdentities identities = new ClientIdentities(Set.of("good-key"), 2, 5);
    private final InetSocketAddress peer = new InetSocketAddress("10.0.0.7", 40000);

    @Test
    void aClientOverItsLimitWaitsForTheNextWindow() {
        // Given a client allowed 2 requests per minute
        ClientIdentity client = identities.identify(null, null, peer);

        // When it sends 3 requests, then one more in the next minute
        List<Boolean> allowed = IntStream.range(0, 3).mapToObj(i -> limiter.check(client).join().allowed()).toList();
        now.addAndGet(Duration.ofMinutes(1).toMillis());
        boolean nextWindow = limiter.check(client).join().allowed();

        // Then the third is refused and the next window starts afresh
        assertThat(allowed).containsExactly(true, true, false);
        assertThat(nextWindow).isTrue();
        assertThat(client).isEqualTo(new ClientIdentity("ip:10.0.0.7", 2));
    }

    @Test
    void aKnownApiKeyHasItsOwnWindowAndLimit() {
        // Given a known key, an unknown key and no key, from the same address
        ClientIdentity known = identities.identify("good-key", null, peer);
        ClientIdentity unknown = identities.identify("made-up-key", null, peer);
        ClientIdentity none = identities.identify(null, null, peer);

        // Then the known key counts on its own (hashed) with the key limit; an unknown key is just the address
        assertThat(known).isEqualTo(new ClientIdentity("key:" + ClientIdentities.hash("good-key"), 5));
        assertThat(known.id()).doesNotContain("good-key");
        assertThat(unknown).isEqualTo(none);
    }

    @Test
    void theClientAddressComesFromTheTrustedHeaderOnlyWhenWellFormed() {
        assertThat(identities.identify(null, "1.1.1.1, 203.0.113.9", peer).id()).isEqualTo("ip:203.0.113.9");
        assertThat(identities.identify(null, "2001:db8::1", peer).id()).isEqualTo("ip:2001:db8::1");
        assertThat(identities.identify(null, "'; DROP TABLE x", peer).id()).isEqualTo("ip:10.0.0.7");
        assertThat(identities.identify(null, "", peer).id()).isEqualTo("ip:10.0.0.7");
    }

    @Test
    void anUnreachableStoreLetsRequestsThroughWithoutFigures() {
        // Given the counters cannot be reached
        store.broken = true;

        // When a request is checked
        FixedWindow.Decision decision = limiter.check(new ClientIdentity("ip:1", 2)).join();

        // Then it passes, and no rate-limit figures are claimed
        assertThat(decision).isEqualTo(FixedWindow.Decision.unknown(2));
    }

    private static final class CountingStore implements RateLimitStore {
        final Map<String, Long> counters = new HashMap<>();
        boolean broken;

        @Override
        public CompletionStage<Long> increment(String key, Duration ttl) {
            if (broken) {
                return CompletableFuture.failedFuture(new IllegalStateException("down"));
            }
            return CompletableFuture.completedFuture(counters.merge(key, 1L, Long::sum));
        }
    }
}

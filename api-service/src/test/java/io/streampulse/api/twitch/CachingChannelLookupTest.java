package io.streampulse.api.twitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Logins are resolved once per TTL; unknown ones for a shorter while; channel events refresh them for free. */
class CachingChannelLookupTest {

    private static final ChannelRef COOL = new ChannelRef("1337", "cool_user", "Cool_User");

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, ChannelRef> twitch = Map.of("cool_user", COOL);
    private volatile CountDownLatch twitchAnswers = new CountDownLatch(0);
    private Instant now = Instant.parse("2026-03-02T12:00:00Z");

    private final CachingChannelLookup lookup = new CachingChannelLookup(login -> {
        calls.add(login);
        awaitQuietly(twitchAnswers);
        return Optional.ofNullable(twitch.get(login));
    }, new CachingChannelLookup.Settings(Duration.ofHours(1), Duration.ofMinutes(1), 100), new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void aKnownLoginIsAskedOncePerTtl() {
        assertThat(lookup.byLogin("cool_user")).contains(COOL);
        assertThat(lookup.byLogin("cool_user")).contains(COOL);
        now = now.plus(Duration.ofMinutes(61));
        assertThat(lookup.byLogin("cool_user")).contains(COOL);

        assertThat(calls).containsExactly("cool_user", "cool_user");
    }

    @Test
    void anUnknownLoginIsRememberedForTheShorterTtl() {
        assertThat(lookup.byLogin("nobody")).isEmpty();
        assertThat(lookup.byLogin("nobody")).isEmpty();
        now = now.plus(Duration.ofMinutes(2));
        assertThat(lookup.byLogin("nobody")).isEmpty();

        assertThat(calls).containsExactly("nobody", "nobody");
    }

    @Test
    void concurrentLookupsOfOneLoginShareOneCall() throws Exception {
        // Given Twitch answers only when released, and 50 requests ask for the same login meanwhile
        twitchAnswers = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(50);
        try {
            List<Future<Optional<ChannelRef>>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(requests.submit(() -> lookup.byLogin("cool_user")));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> calls.size() == 1);

            // When Twitch answers
            twitchAnswers.countDown();

            // Then every request has the channel, and Twitch was asked once
            for (Future<Optional<ChannelRef>> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).contains(COOL);
            }
            assertThat(calls).containsExactly("cool_user");
        } finally {
            requests.shutdownNow();
        }
    }

    @Test
    void aFailedLoadFailsItsWaitersAndIsRetriedNextTime() {
        // Given a loader that fails once
        List<String> attempts = new ArrayList<>();
        CachingChannelLookup flaky = new CachingChannelLookup(login -> {
            attempts.add(login);
            if (attempts.size() == 1) {
                throw new TwitchUnavailable("down", null);
            }
            return Optional.of(COOL);
        }, new CachingChannelLookup.Settings(Duration.ofHours(1), Duration.ofMinutes(1), 100), Clock.systemUTC());

        // Then the failure is not cached
        assertThatThrownBy(() -> flaky.byLogin("cool_user")).isInstanceOf(TwitchUnavailable.class);
        assertThat(flaky.byLogin("cool_user")).contains(COOL);
    }

    @Test
    void aChannelSeenInAnEventNeedsNoCall() {
        lookup.remember(new ChannelRef("42", "seen_live", "Seen_Live"));

        assertThat(lookup.byLogin("seen_live")).contains(new ChannelRef("42", "seen_live", "Seen_Live"));
        assertThat(calls).isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

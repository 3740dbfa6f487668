package io.streampulse.api.twitch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Logins resolved once and kept for a while: known channels for {@code ttl}, unknown logins for the shorter
 * {@code unknownTtl} (a new account becomes visible soon). Concurrent lookups of one login share one load, so a
 * thousand clients connecting to a channel at once cost one Helix call. At most {@code size} entries; when full, the
 * expired ones are dropped, and if that is not enough, everything (a rare, cheap reset rather than an LRU).
 */
final class CachingChannelLookup implements ChannelLookup {

    record Settings(Duration ttl, Duration unknownTtl, int size) {
    }

    private record Entry(Optional<ChannelRef> channel, Instant expiresAt) {
    }

    private final Function<String, Optional<ChannelRef>> loader;
    private final Settings settings;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Optional<ChannelRef>>> loading = new ConcurrentHashMap<>();

    CachingChannelLookup(Function<String, Optional<ChannelRef>> loader, Settings settings, Clock clock) {
        this.loader = loader;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Optional<ChannelRef> byLogin(String login) {
        Optional<Optional<ChannelRef>> cached = cached(login);
        if (cached.isPresent()) {
            return cached.get();
        }
        CompletableFuture<Optional<ChannelRef>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<ChannelRef>> running = loading.putIfAbsent(login, mine);
        if (running != null) {
            return await(running);
        }
        try {
            // A load that finished between the first look and now has filled the cache.
            Optional<ChannelRef> loaded = cached(login).orElseGet(() -> loader.apply(login));
            Instant now = clock.instant();
            put(login, loaded, now.plus(loaded.isPresent() ? settings.ttl() : settings.unknownTtl()));
            mine.complete(loaded);
            return loaded;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(login, mine);
        }
    }

    /** The cached answer (itself possibly "no such channel"), if it has not expired. */
    private Optional<Optional<ChannelRef>> cached(String login) {
        Entry entry = entries.get(login);
        return entry != null && clock.instant().isBefore(entry.expiresAt())
            ? Optional.of(entry.channel()) : Optional.empty();
    }

    @Override
    public void remember(ChannelRef channel) {
        Entry cached = entries.get(channel.login());
        if (cached == null || !cached.channel().equals(Optional.of(channel))) {
            put(channel.login(), Optional.of(channel), clock.instant().plus(settings.ttl()));
        }
    }

    private static Optional<ChannelRef> await(CompletableFuture<Optional<ChannelRef>> load) {
        try {
            return load.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void put(String login, Optional<ChannelRef> channel, Instant expiresAt) {
        if (entries.size() >= settings.size()) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (entries.size() >= settings.size()) {
                entries.clear();
            }
        }
        entries.put(login, new Entry(channel, expiresAt));
    }
}

package io.streampulse.api.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Every stream live now, in memory, ordered by viewers: one sorted map of all streams and one per game, language
 * and tag, so a filtered page starts at its cursor in O(log n) and reads only what it shows. One thread writes
 * (the topic follower); any number read. Readers may see a stream mid-update (briefly in neither or both places of
 * the order), never a broken map.
 */
public final class LiveIndex {

    private record Indexed(LiveStream stream, Set<String> lowerTags, String lowerLanguage) {
    }

    /** One page: the streams and the position after the last one (null on the last page). */
    record LivePage(List<LiveStream> streams, RankKey next) {
    }

    private final Map<String, Indexed> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByLogin = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<RankKey, LiveStream> all = new ConcurrentSkipListMap<>();
    private final Map<String, ConcurrentSkipListMap<RankKey, LiveStream>> byGame = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentSkipListMap<RankKey, LiveStream>> byLanguage = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentSkipListMap<RankKey, LiveStream>> byTag = new ConcurrentHashMap<>();

    /** Adds a stream or replaces its previous state. */
    public void upsert(LiveStream stream) {
        Indexed previous = byId.get(stream.broadcasterId());
        if (previous != null) {
            unlink(previous);
        }
        Set<String> tags = new HashSet<>();
        stream.tags().forEach(tag -> tags.add(tag.toLowerCase(Locale.ROOT)));
        Indexed indexed = new Indexed(stream, Set.copyOf(tags), stream.language().toLowerCase(Locale.ROOT));
        byId.put(stream.broadcasterId(), indexed);
        idByLogin.put(stream.broadcasterLogin().toLowerCase(Locale.ROOT), stream.broadcasterId());
        RankKey key = stream.rankKey();
        all.put(key, stream);
        add(byGame, stream.gameId(), key, stream);
        add(byLanguage, indexed.lowerLanguage(), key, stream);
        indexed.lowerTags().forEach(tag -> add(byTag, tag, key, stream));
    }

    /** Drops the stream of {@code broadcasterId} (it ended); unknown ids are ignored. */
    public void remove(String broadcasterId) {
        Indexed previous = byId.remove(broadcasterId);
        if (previous != null) {
            unlink(previous);
        }
    }

    public Optional<LiveStream> byBroadcasterId(String broadcasterId) {
        Indexed indexed = byId.get(broadcasterId);
        return indexed == null ? Optional.empty() : Optional.of(indexed.stream());
    }

    /** The live stream of a login (lower case), if that channel is live. */
    public Optional<LiveStream> byLogin(String login) {
        String id = idByLogin.get(login);
        return id == null ? Optional.empty() : byBroadcasterId(id);
    }

    public int size() {
        return byId.size();
    }

    /** Up to {@code limit} streams matching {@code filter}, starting after {@code after} (null: from the top). */
    LivePage page(LiveFilter filter, RankKey after, int limit) {
        NavigableMap<RankKey, LiveStream> source = source(filter);
        NavigableMap<RankKey, LiveStream> rest = after == null ? source : source.tailMap(after, false);
        List<LiveStream> found = new ArrayList<>(Math.min(limit + 1, 128));
        for (LiveStream stream : rest.values()) {
            Indexed indexed = byId.get(stream.broadcasterId());
            if (indexed != null && indexed.stream() == stream && filter.matches(stream, indexed.lowerTags())) {
                found.add(stream);
                if (found.size() > limit) {
                    break;
                }
            }
        }
        if (found.size() <= limit) {
            return new LivePage(found, null);
        }
        List<LiveStream> page = found.subList(0, limit);
        return new LivePage(List.copyOf(page), page.get(limit - 1).rankKey());
    }

    private NavigableMap<RankKey, LiveStream> source(LiveFilter filter) {
        if (filter.gameId() != null) {
            return orEmpty(byGame.get(filter.gameId()));
        }
        if (filter.tag() != null) {
            return orEmpty(byTag.get(filter.tag()));
        }
        if (filter.language() != null) {
            return orEmpty(byLanguage.get(filter.language()));
        }
        return all;
    }

    private void unlink(Indexed indexed) {
        LiveStream stream = indexed.stream();
        RankKey key = stream.rankKey();
        all.remove(key, stream);
        remove(byGame, stream.gameId(), key, stream);
        remove(byLanguage, indexed.lowerLanguage(), key, stream);
        indexed.lowerTags().forEach(tag -> remove(byTag, tag, key, stream));
        idByLogin.remove(stream.broadcasterLogin().toLowerCase(Locale.ROOT), stream.broadcasterId());
    }

    private static void add(Map<String, ConcurrentSkipListMap<RankKey, LiveStream>> index, String value, RankKey key,
                            LiveStream stream) {
        index.computeIfAbsent(value, v -> new ConcurrentSkipListMap<>()).put(key, stream);
    }

    private static void remove(Map<String, ConcurrentSkipListMap<RankKey, LiveStream>> index, String value,
                               RankKey key, LiveStream stream) {
        index.computeIfPresent(value, (v, streams) -> {
            streams.remove(key, stream);
            return streams.isEmpty() ? null : streams;
        });
    }

    private static NavigableMap<RankKey, LiveStream> orEmpty(NavigableMap<RankKey, LiveStream> streams) {
        return streams == null ? Collections.emptyNavigableMap() : streams;
    }
}

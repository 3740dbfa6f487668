package io.streampulse.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveIndexTest {

    private static final Instant STARTED = Instant.parse("2025-05-01T10:00:00Z");
    private final LiveIndex index = new LiveIndex();

    @Test
    void listsStreamsByViewersThenBroadcasterId() {
        // Given four live streams, two with the same viewer count
        index.upsert(stream("1", "alpha", "100", "en", 50, List.of("FPS")));
        index.upsert(stream("2", "bravo", "100", "de", 900, List.of()));
        index.upsert(stream("4", "delta", "200", "en", 300, List.of("fps", "English")));
        index.upsert(stream("3", "charlie", "200", "en", 300, List.of()));

        // When the whole list is read
        LiveIndex.LivePage page = index.page(LiveFilter.ANY, null, 10);

        // Then the most watched comes first and ties are ordered by broadcaster id
        assertThat(ids(page)).containsExactly("2", "3", "4", "1");
        assertThat(page.next()).isNull();
    }

    @Test
    void filtersByGameLanguageAndTagCaseInsensitively() {
        // Given streams of two games, two languages and some tags
        index.upsert(stream("1", "alpha", "100", "en", 50, List.of("FPS")));
        index.upsert(stream("2", "bravo", "100", "de", 900, List.of("fps")));
        index.upsert(stream("3", "charlie", "200", "EN", 300, List.of("Speedrun")));
        index.upsert(stream("4", "delta", "100", "en", 70, List.of("Speedrun", "fps")));

        // When filtered
        List<String> game = ids(index.page(new LiveFilter("100", null, null), null, 10));
        List<String> language = ids(index.page(new LiveFilter(null, "En", null), null, 10));
        List<String> tag = ids(index.page(new LiveFilter(null, null, "FpS"), null, 10));
        List<String> all = ids(index.page(new LiveFilter("100", "en", "speedrun"), null, 10));
        List<String> none = ids(index.page(new LiveFilter("999", null, null), null, 10));

        // Then each filter keeps exactly its streams, still by viewers
        assertThat(game).containsExactly("2", "4", "1");
        assertThat(language).containsExactly("3", "4", "1");
        assertThat(tag).containsExactly("2", "4", "1");
        assertThat(all).containsExactly("4");
        assertThat(none).isEmpty();
    }

    @Test
    void pagesWithoutGapsOrRepeats() {
        // Given seven streams of one game and one of another
        for (int i = 1; i <= 7; i++) {
            index.upsert(stream(Integer.toString(i), "user" + i, "100", "en", i * 10L, List.of()));
        }
        index.upsert(stream("8", "user8", "200", "en", 45, List.of()));

        // When the game is read three at a time, each page starting after the previous one
        LiveFilter filter = new LiveFilter("100", null, null);
        LiveIndex.LivePage first = index.page(filter, null, 3);
        LiveIndex.LivePage second = index.page(filter, first.next(), 3);
        LiveIndex.LivePage third = index.page(filter, second.next(), 3);

        // Then the pages follow one another and the last has no next position
        assertThat(ids(first)).containsExactly("7", "6", "5");
        assertThat(first.next()).isEqualTo(new RankKey(50, "5"));
        assertThat(ids(second)).containsExactly("4", "3", "2");
        assertThat(ids(third)).containsExactly("1");
        assertThat(third.next()).isNull();
    }

    @Test
    void anUpdateMovesTheStreamAndChangesItsFilters() {
        // Given a stream that changes game and gains viewers
        index.upsert(stream("1", "alpha", "100", "en", 50, List.of("fps")));
        index.upsert(stream("2", "bravo", "100", "en", 60, List.of()));
        index.upsert(stream("1", "alpha", "200", "en", 500, List.of("rpg")));

        // When the lists are read
        // Then it is listed once, at its new place, under its new game and tag only
        assertThat(ids(index.page(LiveFilter.ANY, null, 10))).containsExactly("1", "2");
        assertThat(ids(index.page(new LiveFilter("100", null, null), null, 10))).containsExactly("2");
        assertThat(ids(index.page(new LiveFilter("200", null, null), null, 10))).containsExactly("1");
        assertThat(ids(index.page(new LiveFilter(null, null, "fps"), null, 10))).isEmpty();
        assertThat(index.byBroadcasterId("1").orElseThrow().viewerCount()).isEqualTo(500);
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void aTombstoneRemovesTheStreamEverywhere() {
        // Given two live streams
        index.upsert(stream("1", "alpha", "100", "en", 50, List.of("fps")));
        index.upsert(stream("2", "bravo", "100", "en", 60, List.of("fps")));

        // When one ends (and an unknown id ends too)
        index.remove("1");
        index.remove("unknown");

        // Then it is gone from every list and lookup
        assertThat(ids(index.page(LiveFilter.ANY, null, 10))).containsExactly("2");
        assertThat(ids(index.page(new LiveFilter("100", "en", "fps"), null, 10))).containsExactly("2");
        assertThat(index.byBroadcasterId("1")).isEmpty();
        assertThat(index.byLogin("alpha")).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void findsALiveChannelByLoginAfterARename() {
        // Given a live channel that renames itself
        index.upsert(stream("1", "OldName", "100", "en", 50, List.of()));
        index.upsert(stream("1", "NewName", "100", "en", 55, List.of()));

        // When looked up by login (lower case)
        // Then only the new login finds it
        assertThat(index.byLogin("newname")).map(LiveStream::viewerCount).contains(55L);
        assertThat(index.byLogin("oldname")).isEmpty();
    }

    private static List<String> ids(LiveIndex.LivePage page) {
        return page.streams().stream().map(LiveStream::broadcasterId).toList();
    }

    static LiveStream stream(String id, String login, String game, String language, long viewers,
                             List<String> tags) {
        return new LiveStream("s" + id, id, login, login.toUpperCase(), game, "Game " + game, "title " + id, tags,
            viewers, STARTED, language, "https://thumb/" + id, STARTED.plusSeconds(60));
    }
}

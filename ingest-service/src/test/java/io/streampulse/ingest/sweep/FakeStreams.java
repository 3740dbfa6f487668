package io.streampulse.ingest.sweep;

import io.streampulse.ingest.discovery.StreamsPager;
import io.streampulse.twitch.helix.HelixException;
import io.streampulse.twitch.helix.HelixPage;
import io.streampulse.twitch.helix.HelixStream;
import io.streampulse.twitch.helix.StreamsQuery;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * Get Streams over a list that can change between pages: cursors are offsets into the list as it is when the next
 * page is asked for (like Twitch's), and a hook may move the list or refuse a cursor before any page.
 */
final class FakeStreams implements StreamsPager {

    final List<HelixStream> live = new ArrayList<>();
    final List<StreamsQuery> queries = new ArrayList<>();
    /** Called with the number of the page about to be served (1-based); may change {@link #live}. */
    IntFunction<Action> beforePage = n -> Action.SERVE;
    /** Where the cursor after the last page points (null: Twitch's end of list, 0: the loop back of issue #93). */
    Integer cursorAfterEnd;

    enum Action { SERVE, REFUSE_CURSOR }

    static HelixStream stream(int n, String gameId) {
        return new HelixStream(Integer.toString(n), "u" + n, "user" + n, "User" + n, gameId, "Game " + gameId, "live",
            "title " + n, List.of(), 100_000 - n, Instant.parse("2026-03-02T10:00:00Z"), "en", "");
    }

    FakeStreams withStreams(int count) {
        for (int i = 0; i < count; i++) {
            live.add(stream(i, i % 2 == 0 ? "even" : "odd"));
        }
        return this;
    }

    @Override
    public CompletableFuture<HelixPage<HelixStream>> page(StreamsQuery query) {
        queries.add(query);
        if (beforePage.apply(queries.size()) == Action.REFUSE_CURSOR && query.after() != null) {
            return CompletableFuture.failedFuture(invalidCursor());
        }
        int from = query.after() == null ? 0 : Integer.parseInt(query.after());
        int to = Math.min(live.size(), from + query.first());
        List<HelixStream> data = from >= live.size() ? List.of() : List.copyOf(live.subList(from, to));
        String cursor = to < live.size() ? Integer.toString(to) : cursorAfterEnd == null ? null
            : cursorAfterEnd.toString();
        return CompletableFuture.completedFuture(new HelixPage<>(data, cursor, null));
    }

    /** Twitch's {@code 400 invalid cursor} (the exception's constructors are the client's own). */
    private static HelixException invalidCursor() {
        try {
            Constructor<HelixException.BadRequest> constructor = HelixException.BadRequest.class
                .getDeclaredConstructor(String.class, String.class, String.class);
            constructor.setAccessible(true);
            return constructor.newInstance("streams", "Bad Request", "invalid cursor");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.streampulse.api.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.streampulse.api.cache.CachePolicies;
import io.streampulse.api.cache.CachedResponses;
import io.streampulse.api.http.CursorCodec;
import io.streampulse.api.http.Page;
import io.streampulse.api.http.Params;
import io.streampulse.api.openapi.ProblemResponsesDoc;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/** {@code GET /api/v1/streams}: streams live now, most viewers first, filtered and paged from the live index. */
@Controller("/api/v1")
@Tag(name = "live")
@ProblemResponsesDoc
class StreamsController {

    static final Pattern GAME_ID = Pattern.compile("[0-9]{1,20}");
    static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?|other");
    static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}]{1,25}");
    private static final Pattern BROADCASTER_ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");

    private final LiveIndexService live;
    private final CachedResponses responses;
    private final CachePolicies policies;
    private final CursorCodec cursors;

    StreamsController(LiveIndexService live, CachedResponses responses, CachePolicies policies, CursorCodec cursors) {
        this.live = live;
        this.responses = responses;
        this.policies = policies;
        this.cursors = cursors;
    }

    @Get("/streams")
    @Operation(summary = "Streams live now, most viewers first",
        description = "Filter by game_id, language and tag (all optional); limit 1..100 (default 20); "
            + "follow pagination.cursor for the next page.")
    CompletableFuture<HttpResponse<?>> streams(HttpRequest<?> request,
                                               @Nullable @QueryValue("game_id") String gameId,
                                               @Nullable @QueryValue String language,
                                               @Nullable @QueryValue String tag,
                                               @Nullable @QueryValue String limit,
                                               @Nullable @QueryValue String cursor) {
        Params params = new Params();
        LiveFilter filter = new LiveFilter(
            params.matching("game_id", gameId, GAME_ID, "a Twitch game id (digits)"),
            params.matching("language", language, LANGUAGE, "a language code such as en or pt-br"),
            params.matching("tag", tag, TAG, "a tag: 1 to 25 letters or digits"));
        int size = params.limit(limit, 20);
        params.check();
        String scope = "streams|" + filter.canonical();
        RankKey after = cursor == null || cursor.isEmpty() ? null : position(scope, cursor);
        String key = scope + "|limit=" + size + "|after=" + (after == null ? "" : cursor);
        return responses.get(request, key, policies.live(), () -> {
            LiveIndex.LivePage page = live.index().page(filter, after, size);
            String next = page.next() == null ? null : cursors.encode(scope,
                List.of(Long.toString(page.next().viewerCount()), page.next().broadcasterId()));
            return Page.of(page.streams(), next);
        });
    }

    private RankKey position(String scope, String cursor) {
        List<String> fields = cursors.decode(scope, cursor, 2);
        try {
            long viewers = Long.parseLong(fields.get(0));
            if (viewers < 0 || !BROADCASTER_ID.matcher(fields.get(1)).matches()) {
                throw CursorCodec.invalid();
            }
            return new RankKey(viewers, fields.get(1));
        } catch (NumberFormatException e) {
            throw CursorCodec.invalid();
        }
    }
}

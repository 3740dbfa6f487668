package io.streampulse.api.channel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.streampulse.api.cache.CachePolicies;
import io.streampulse.api.cache.CachedResponses;
import io.streampulse.api.http.CursorCodec;
import io.streampulse.api.http.Page;
import io.streampulse.api.http.Params;
import io.streampulse.api.live.LiveIndexService;
import io.streampulse.api.live.LiveStream;
import io.streampulse.api.openapi.ProblemResponsesDoc;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/** {@code GET /api/v1/channels/{login}} (profile and live status) and {@code .../sessions} (archived broadcasts). */
@Controller("/api/v1/channels/{login}")
@Tag(name = "channels")
@ProblemResponsesDoc
class ChannelController {

    private static final Pattern STREAM_ID = Pattern.compile("[0-9A-Za-z_-]{1,64}");

    private final ChannelDirectory channels;
    private final LiveIndexService live;
    private final SessionQueries sessions;
    private final CachedResponses responses;
    private final CachePolicies policies;
    private final CursorCodec cursors;

    ChannelController(ChannelDirectory channels, LiveIndexService live, SessionQueries sessions,
                      CachedResponses responses, CachePolicies policies, CursorCodec cursors) {
        this.channels = channels;
        this.live = live;
        this.sessions = sessions;
        this.responses = responses;
        this.policies = policies;
        this.cursors = cursors;
    }

    @Get
    @Operation(summary = "A channel's profile and live status, with its current stream when live")
    @ApiResponse(responseCode = "200", description = "OK",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChannelViews.Profile.class)))
    CompletableFuture<HttpResponse<?>> profile(HttpRequest<?> request, @PathVariable String login) {
        Params params = new Params();
        String name = params.login(login);
        params.check();
        return responses.get(request, "channel|" + name, policies.recent(), () -> {
            Channel channel = channels.resolve(name);
            Optional<LiveStream> stream = live.index().byBroadcasterId(channel.broadcasterId());
            return new ChannelViews.Profile(channel.broadcasterId(), channel.login(), channel.name(),
                channel.firstSeenAt(), channel.lastSeenAt(), stream.isPresent(), stream.orElse(null));
        });
    }

    @Get("/sessions")
    @Operation(summary = "A channel's archived sessions overlapping [from, to), latest first",
        description = "from, to: RFC 3339 date-times (optional); limit 1..100 (default 20); cursor from the "
            + "previous page.")
    CompletableFuture<HttpResponse<?>> sessions(HttpRequest<?> request, @PathVariable String login,
                                                @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                                @Nullable @QueryValue String limit,
                                                @Nullable @QueryValue String cursor) {
        Params params = new Params();
        String name = params.login(login);
        Instant start = params.dateTime("from", from);
        Instant end = params.dateTime("to", to);
        int size = params.limit(limit, 20);
        if (start != null && end != null && !start.isBefore(end)) {
            params.reject("to", "must be after from");
        }
        params.check();
        String scope = "sessions|" + name + "|" + start + "|" + end;
        SessionQueries.After after = cursor == null || cursor.isEmpty() ? null : after(scope, cursor);
        String key = scope + "|limit=" + size + "|after=" + (after == null ? "" : cursor);
        return responses.get(request, key, policies.history(), () -> {
            Channel channel = channels.resolve(name);
            SessionQueries.SessionPage page = sessions.sessions(channel.broadcasterId(), start, end, after, size);
            String next = page.next() == null ? null
                : cursors.encode(scope, List.of(page.next().endedAt().toString(), page.next().streamId()));
            return Page.of(page.sessions(), next);
        });
    }

    private SessionQueries.After after(String scope, String cursor) {
        List<String> fields = cursors.decode(scope, cursor, 2);
        try {
            Instant endedAt = Instant.parse(fields.get(0));
            if (!STREAM_ID.matcher(fields.get(1)).matches()) {
                throw CursorCodec.invalid();
            }
            return new SessionQueries.After(endedAt, fields.get(1));
        } catch (DateTimeParseException e) {
            throw CursorCodec.invalid();
        }
    }
}

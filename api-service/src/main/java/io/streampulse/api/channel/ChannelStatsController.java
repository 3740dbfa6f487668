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
import io.streampulse.api.http.Page;
import io.streampulse.api.http.Params;
import io.streampulse.api.openapi.ProblemResponsesDoc;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.concurrent.CompletableFuture;

/** {@code GET /api/v1/channels/{login}/stats|schedule|games}: a channel over its last days or weeks. */
@Controller("/api/v1/channels/{login}")
@Tag(name = "channels")
@ProblemResponsesDoc
class ChannelStatsController {

    static final int MAX_WEEKS = 52;
    static final int DEFAULT_WEEKS = 8;

    private final ChannelDirectory channels;
    private final ChannelStatsQueries stats;
    private final ScheduleQuery schedule;
    private final CachedResponses responses;
    private final CachePolicies policies;

    ChannelStatsController(ChannelDirectory channels, ChannelStatsQueries stats, ScheduleQuery schedule,
                           CachedResponses responses, CachePolicies policies) {
        this.channels = channels;
        this.stats = stats;
        this.schedule = schedule;
        this.responses = responses;
        this.policies = policies;
    }

    @Get("/stats")
    @Operation(summary = "A channel's statistics over its last N UTC days, today included",
        description = "days 1..365 (default 30): hours streamed, average and peak viewers, viewer-minutes, sessions")
    @ApiResponse(responseCode = "200", description = "OK",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChannelViews.Stats.class)))
    CompletableFuture<HttpResponse<?>> stats(HttpRequest<?> request, @PathVariable String login,
                                             @Nullable @QueryValue String days) {
        Params params = new Params();
        String name = params.login(login);
        int window = params.days(days, 30);
        params.check();
        return responses.get(request, "stats|" + name + "|days=" + window, policies.history(),
            () -> stats.stats(channels.resolve(name), window));
    }

    @Get("/schedule")
    @Operation(summary = "A channel's schedule heatmap: share of weeks live per UTC weekday and hour",
        description = "weeks 1..52 (default 8)")
    @ApiResponse(responseCode = "200", description = "OK",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChannelViews.Schedule.class)))
    CompletableFuture<HttpResponse<?>> schedule(HttpRequest<?> request, @PathVariable String login,
                                                @Nullable @QueryValue String weeks) {
        Params params = new Params();
        String name = params.login(login);
        int lookBack = params.integer("weeks", weeks, DEFAULT_WEEKS, 1, MAX_WEEKS);
        params.check();
        return responses.get(request, "schedule|" + name + "|weeks=" + lookBack, policies.history(),
            () -> schedule.schedule(channels.resolve(name), lookBack));
    }

    @Get("/games")
    @Operation(summary = "Games a channel played in its last N days, most time first",
        description = "days 1..365 (default 30); limit 1..100 (default 20)")
    CompletableFuture<HttpResponse<?>> games(HttpRequest<?> request, @PathVariable String login,
                                             @Nullable @QueryValue String days, @Nullable @QueryValue String limit) {
        Params params = new Params();
        String name = params.login(login);
        int window = params.days(days, 30);
        int size = params.limit(limit, 20);
        params.check();
        return responses.get(request, "games|" + name + "|days=" + window + "|limit=" + size, policies.history(),
            () -> Page.complete(stats.games(channels.resolve(name), window, size)));
    }
}

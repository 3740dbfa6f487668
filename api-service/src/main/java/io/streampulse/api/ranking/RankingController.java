package io.streampulse.api.ranking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.streampulse.api.cache.CachePolicies;
import io.streampulse.api.cache.CachedResponses;
import io.streampulse.api.http.Page;
import io.streampulse.api.http.Params;
import io.streampulse.api.readmodel.ReadModel;
import io.streampulse.api.openapi.ProblemResponsesDoc;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/** Rankings of channels, games and tags over the last N days, and the platform's viewers over the day. */
@Controller("/api/v1")
@Tag(name = "rankings")
@ProblemResponsesDoc
class RankingController {

    private static final Map<String, RankingQueries.ChannelOrder> ORDERS = Map.of(
        "hours", RankingQueries.ChannelOrder.HOURS, "viewer_minutes", RankingQueries.ChannelOrder.VIEWER_MINUTES);

    private final RankingQueries rankings;
    private final CachedResponses responses;
    private final CachePolicies policies;

    RankingController(ReadModel db, CachedResponses responses, CachePolicies policies) {
        this.rankings = new RankingQueries(db, Clock.systemUTC());
        this.responses = responses;
        this.policies = policies;
    }

    @Get("/rankings/channels")
    @Operation(summary = "Channels ranked by hours streamed or viewer-minutes over the last N UTC days",
        description = "by: hours | viewer_minutes (default hours); days 1..365 (default 30); limit 1..100 (default 20)")
    CompletableFuture<HttpResponse<?>> channels(HttpRequest<?> request, @Nullable @QueryValue String by,
                                                @Nullable @QueryValue String days,
                                                @Nullable @QueryValue String limit) {
        Params params = new Params();
        RankingQueries.ChannelOrder order = params.choice("by", by, ORDERS, RankingQueries.ChannelOrder.HOURS);
        return ranking(request, params, "channels|" + order, days, limit,
            (from, to) -> size -> rankings.channels(order, from, to, size));
    }

    @Get("/rankings/games")
    @Operation(summary = "Games ranked by viewer-minutes over the last N UTC days",
        description = "days 1..365 (default 30); limit 1..100 (default 20)")
    CompletableFuture<HttpResponse<?>> games(HttpRequest<?> request, @Nullable @QueryValue String days,
                                             @Nullable @QueryValue String limit) {
        return ranking(request, new Params(), "games", days, limit, (from, to) -> size -> rankings.games(from, to, size));
    }

    @Get("/rankings/tags")
    @Operation(summary = "Tags ranked by viewer-minutes over the last N UTC days",
        description = "days 1..365 (default 30); limit 1..100 (default 20)")
    CompletableFuture<HttpResponse<?>> tags(HttpRequest<?> request, @Nullable @QueryValue String days,
                                            @Nullable @QueryValue String limit) {
        return ranking(request, new Params(), "tags", days, limit, (from, to) -> size -> rankings.tags(from, to, size));
    }

    @Get("/platform/viewers")
    @Operation(summary = "The platform's viewers over the day: one point per UTC 5-minute slot",
        description = "days 1..365 (default 1): each point averages that slot over the last N days")
    CompletableFuture<HttpResponse<?>> viewers(HttpRequest<?> request, @Nullable @QueryValue String days) {
        Params params = new Params();
        int window = params.days(days, 1);
        params.check();
        return responses.get(request, "platform|viewers|days=" + window, policies.rankings(),
            () -> rankings.viewerCurve(window));
    }

    private <T> CompletableFuture<HttpResponse<?>> ranking(
        HttpRequest<?> request, Params params, String name, String days, String limit,
        BiFunction<LocalDate, LocalDate, java.util.function.IntFunction<List<T>>> query) {
        int window = params.days(days, 30);
        int size = params.limit(limit, 20);
        params.check();
        return responses.get(request, "ranking|" + name + "|days=" + window + "|limit=" + size, policies.rankings(),
            () -> {
                LocalDate to = rankings.today();
                LocalDate from = to.minusDays(window - 1L);
                List<T> data = query.apply(from, to).apply(size);
                return new RankingViews.Ranking<>(data, new Page.Pagination(null), window, from, to);
            });
    }
}

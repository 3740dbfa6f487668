package io.streampulse.api.live;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Property;
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
import io.streampulse.api.openapi.ProblemResponsesDoc;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@code GET /api/v1/leaderboards/channels|games}: the top channels and games by viewers right now. */
@Controller("/api/v1/leaderboards")
@Tag(name = "live")
@ProblemResponsesDoc
class LeaderboardController {

    private final Leaderboards leaderboards;
    private final CachedResponses responses;
    private final CachePolicies policies;

    LeaderboardController(StatefulRedisConnection<String, String> redis, CachedResponses responses,
                          CachePolicies policies,
                          @Property(name = "streampulse.api.leaderboard-key-prefix") String prefix) {
        this.leaderboards = new Leaderboards(redis::sync, prefix);
        this.responses = responses;
        this.policies = policies;
    }

    @Get("/channels")
    @Operation(summary = "Top channels by viewers right now", description = "limit 1..100 (default 20)")
    CompletableFuture<HttpResponse<?>> channels(HttpRequest<?> request, @Nullable @QueryValue String limit) {
        return board(request, "channels", limit, entry -> new LeaderboardItems.ChannelRank(entry.rank(), entry.id(),
            entry.login(), entry.name(), entry.viewerCount()));
    }

    @Get("/games")
    @Operation(summary = "Top games by viewers right now", description = "limit 1..100 (default 20)")
    CompletableFuture<HttpResponse<?>> games(HttpRequest<?> request, @Nullable @QueryValue String limit) {
        return board(request, "games", limit, entry -> new LeaderboardItems.GameRank(entry.rank(), entry.id(),
            entry.name(), entry.viewerCount()));
    }

    private <T> CompletableFuture<HttpResponse<?>> board(
        HttpRequest<?> request, String board, String limit,
        Function<io.streampulse.contracts.stats.LeaderboardEntry, T> item) {
        Params params = new Params();
        int size = params.limit(limit, 20);
        params.check();
        return responses.get(request, "leaderboard|" + board + "|limit=" + size, policies.live(), () -> {
            Leaderboards.Board top = leaderboards.top(board, size);
            List<T> data = top.entries().stream().map(item).toList();
            return new LeaderboardItems.Board<>(data, new Page.Pagination(null), top.windowStart(), top.windowEnd(),
                top.computedAt());
        });
    }
}

package io.streampulse.api.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.streampulse.api.cache.CachePolicies;
import io.streampulse.api.cache.CachedResponses;
import io.streampulse.api.channel.Channel;
import io.streampulse.api.channel.ChannelDirectory;
import io.streampulse.api.http.Page;
import io.streampulse.api.http.Params;
import io.streampulse.api.readmodel.ReadModel;
import io.streampulse.api.openapi.ProblemResponsesDoc;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;

/** A channel's most recent events, and event counts per type and per streamer over UTC days. */
@Controller("/api/v1")
@Tag(name = "events")
@ProblemResponsesDoc
class EventController {

    static final int MAX_SPAN_DAYS = 366;

    private final EventQueries events;
    private final ChannelDirectory channels;
    private final CachedResponses responses;
    private final CachePolicies policies;
    private final Clock clock = Clock.systemUTC();

    EventController(ReadModel db, ChannelDirectory channels, CachedResponses responses, CachePolicies policies) {
        this.events = new EventQueries(db);
        this.channels = channels;
        this.responses = responses;
        this.policies = policies;
    }

    @Get("/channels/{login}/events")
    @Operation(summary = "A channel's most recent events, newest first", description = "limit 1..100 (default 10)")
    CompletableFuture<HttpResponse<?>> recent(HttpRequest<?> request, @PathVariable String login,
                                              @Nullable @QueryValue String limit) {
        Params params = new Params();
        String name = params.login(login);
        int size = params.limit(limit, 10);
        params.check();
        return responses.get(request, "events|" + name + "|limit=" + size, policies.recent(),
            () -> Page.complete(events.recent(channels.resolve(name).broadcasterId(), size)));
    }

    @Get("/channels/{login}/events/counts")
    @Operation(summary = "A channel's event counts per type over UTC days from..to (both included)",
        description = "from, to: RFC 3339 full-dates (default: the last 30 days); at most 366 days")
    @ApiResponse(responseCode = "200", description = "OK",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = EventViews.ChannelCounts.class)))
    CompletableFuture<HttpResponse<?>> channelCounts(HttpRequest<?> request, @PathVariable String login,
                                                     @Nullable @QueryValue String from,
                                                     @Nullable @QueryValue String to) {
        Params params = new Params();
        String name = params.login(login);
        Days days = days(params, from, to);
        params.check();
        return responses.get(request, "event-counts|" + name + "|" + days.from() + "|" + days.to(),
            policies.history(), () -> {
                Channel channel = channels.resolve(name);
                return events.channelCounts(channel.broadcasterId(), channel.login(), days.from(), days.to());
            });
    }

    @Get("/events/counts")
    @Operation(summary = "Event counts per streamer (and per type) over UTC days from..to, most events first",
        description = "from, to: RFC 3339 full-dates (default: the last 30 days), at most 366 days; limit 1..100 "
            + "(default 20)")
    CompletableFuture<HttpResponse<?>> streamerCounts(HttpRequest<?> request, @Nullable @QueryValue String from,
                                                      @Nullable @QueryValue String to,
                                                      @Nullable @QueryValue String limit) {
        Params params = new Params();
        Days days = days(params, from, to);
        int size = params.limit(limit, 20);
        params.check();
        return responses.get(request, "event-counts|all|" + days.from() + "|" + days.to() + "|limit=" + size,
            policies.rankings(), () -> new EventViews.StreamerCounts(events.streamerCounts(days.from(), days.to(), size),
                new Page.Pagination(null), days.from(), days.to()));
    }

    private record Days(LocalDate from, LocalDate to) {
    }

    private Days days(Params params, String rawFrom, String rawTo) {
        LocalDate from = params.date("from", rawFrom);
        LocalDate to = params.date("to", rawTo);
        if (!params.valid()) {
            return new Days(null, null);
        }
        LocalDate end = to != null ? to : from != null ? from.plusDays(29) : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate start = from != null ? from : end.minusDays(29);
        if (start.isAfter(end)) {
            params.reject("to", "must not be before from");
        } else if (ChronoUnit.DAYS.between(start, end) >= MAX_SPAN_DAYS) {
            params.reject("from", "must be at most " + MAX_SPAN_DAYS + " days before to");
        }
        return new Days(start, end);
    }
}

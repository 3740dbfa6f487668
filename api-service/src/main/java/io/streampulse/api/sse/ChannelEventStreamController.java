package io.streampulse.api.sse;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.streampulse.api.http.Params;
import io.streampulse.api.http.ProblemException;
import io.streampulse.api.http.ProblemType;
import io.streampulse.api.twitch.ChannelLookup;
import io.streampulse.api.twitch.ChannelRef;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/v1/channels/{login}/events/stream}: the channel's events as Server-Sent Events
 * ({@code event: channel_event}, {@code id: <partition>-<offset>}, {@code data}: the event's JSON), live from
 * twitch.channel.events.v1. With {@code Last-Event-ID} the client first gets what it missed (from the channel's
 * ring, older events read back from Kafka), then the live events, with no gap and no duplicate. A comment every
 * {@code streampulse.api.sse.heartbeat} keeps the connection open.
 */
@Controller("/api/v1/channels")
class ChannelEventStreamController {

    private final ChannelLookup channels;
    private final ChannelStreams streams;
    private final EventReplay replay;
    private final SseMetrics metrics;
    private final SseSettings settings;

    ChannelEventStreamController(ChannelLookup channels, ChannelStreams streams, EventReplay replay,
                                 SseMetrics metrics, SseSettings settings) {
        this.channels = channels;
        this.streams = streams;
        this.replay = replay;
        this.metrics = metrics;
        this.settings = settings;
    }

    @Get(value = "/{login}/events/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Flux<byte[]>> stream(@PathVariable String login,
                                      @Nullable @Header("Last-Event-ID") String lastEventId) {
        Params params = new Params();
        String validLogin = params.login(login);
        Optional<EventPosition> last = lastEventId(lastEventId, params);
        params.check();
        ChannelRef channel = channels.byLogin(validLogin)
            .orElseThrow(() -> ProblemException.notFound("Twitch has no channel with this login."));
        int partitions = streams.partitions();
        if (partitions == 0) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "Live events are not available yet; retry shortly.");
        }
        int partition = EventPosition.partitionOf(channel.broadcasterId(), partitions);
        if (last.isPresent() && last.get().partition() != partition) {
            throw ProblemException.invalidParameter("Last-Event-ID", "must be an id of this channel's stream");
        }
        Flux<byte[]> body = open(channel.broadcasterId(), partition,
            last.map(p -> OptionalLong.of(p.offset())).orElse(OptionalLong.empty()));
        return HttpResponse.ok(body).contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
            .header(HttpHeaders.CACHE_CONTROL, "no-store").header("X-Accel-Buffering", "no");
    }

    private Flux<byte[]> open(String broadcasterId, int partition, OptionalLong lastOffset) {
        SseClient client = new SseClient(settings.clientBuffer());
        ResumePlan plan = streams.subscribe(broadcasterId, partition, lastOffset, client);
        List<EventFrame> missed;
        try {
            missed = plan.needsReplay()
                ? replay.read(broadcasterId, partition, plan.replayFrom(), plan.replayTo()) : List.of();
        } catch (RuntimeException e) {
            streams.unsubscribe(broadcasterId, client);
            throw e;
        }
        Flux<EventFrame> events = Flux.concat(Flux.just(EventFrame.retry(settings.retry().toMillis())),
            Flux.fromIterable(missed), Flux.fromIterable(plan.fromRing()), client.live());
        Flux<EventFrame> heartbeats = Flux.interval(settings.heartbeat(), settings.heartbeat())
            .map(tick -> EventFrame.HEARTBEAT).onBackpressureDrop();
        return Flux.merge(events, heartbeats)
            .takeUntilOther(client.cutOffSignal())
            .doOnNext(frame -> metrics.delivered(frame, System.currentTimeMillis()))
            .map(EventFrame::bytes)
            .doFinally(signal -> streams.unsubscribe(broadcasterId, client));
    }

    private static Optional<EventPosition> lastEventId(String header, Params params) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Optional<EventPosition> position = EventPosition.parse(header);
        if (position.isEmpty()) {
            params.reject("Last-Event-ID", "must be an id this stream sent, e.g. 3-1042");
        }
        return position;
    }
}

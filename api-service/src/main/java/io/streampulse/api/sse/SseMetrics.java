package io.streampulse.api.sse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What operators watch on the live push: {@code streampulse_sse_clients} (connected), {@code streampulse_sse_channels}
 * (channels with a ring), {@code streampulse_sse_delivery_lag_seconds} (from the record's Kafka timestamp, i.e. when
 * ingest wrote it right before acknowledging the webhook, to the frame being handed to the client's connection;
 * histogram buckets at 50, 100, 250, 500 ms and 1 s), {@code streampulse_sse_clients_cut_off_total} (too slow),
 * {@code streampulse_sse_records_skipped_total} (undecodable or misrouted records).
 */
final class SseMetrics {

    private final Timer deliveryLag;
    private final Counter cutOff;
    private final Counter skipped;

    SseMetrics(MeterRegistry registry, ChannelStreams streams) {
        Gauge.builder("streampulse.sse.clients", streams, ChannelStreams::connectedClients)
            .description("Connected Server-Sent Events clients").register(registry);
        Gauge.builder("streampulse.sse.channels", streams, ChannelStreams::channels)
            .description("Channels with recent events or clients held in memory").register(registry);
        this.deliveryLag = Timer.builder("streampulse.sse.delivery.lag")
            .description("Kafka record timestamp to the frame handed to a client's connection")
            .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
                Duration.ofMillis(500), Duration.ofSeconds(1))
            .register(registry);
        this.cutOff = Counter.builder("streampulse.sse.clients.cut.off")
            .description("Clients disconnected because their buffer was full").register(registry);
        this.skipped = Counter.builder("streampulse.sse.records.skipped")
            .description("Channel event records the feed could not use").register(registry);
    }

    void delivered(EventFrame frame, long nowMillis) {
        if (frame.isEvent() && frame.producedAtMillis() > 0) {
            deliveryLag.record(Math.max(0, nowMillis - frame.producedAtMillis()), TimeUnit.MILLISECONDS);
        }
    }

    void cutOff(int clients) {
        cutOff.increment(clients);
    }

    void skipped() {
        skipped.increment();
    }
}

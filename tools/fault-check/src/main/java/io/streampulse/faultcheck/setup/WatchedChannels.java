package io.streampulse.faultcheck.setup;

import io.streampulse.contracts.event.EventIds;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.contracts.watchlist.ChannelWatched;
import io.streampulse.faultcheck.Waits;
import io.streampulse.faultcheck.sim.SimAdmin;
import io.streampulse.faultcheck.sim.TruthSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The channels whose EventSub events flow during the run: live channels at the start, authorized by their
 * broadcasters (follows, subscriptions, cheers) and put on twitch.watchlist.v1 as the api would, so that ingest
 * subscribes to their ten EventSub types.
 */
public final class WatchedChannels {

    static final List<String> SCOPES = List.of("moderator:read:followers", "channel:read:subscriptions", "bits:read");
    /** stream.online/offline, channel.update, channel.raid (to and from), follow, subscribe, gift, resub, cheer. */
    static final int SUBSCRIPTIONS_PER_CHANNEL = 10;

    private WatchedChannels() {
    }

    /** {@code count} channels live now, lowest broadcaster ids first (stable for a given seed). */
    public static List<TruthSession> choose(SimAdmin sim, int count) {
        return sim.sessions().stream().filter(TruthSession::live)
                .sorted(Comparator.comparing(TruthSession::broadcasterId)).limit(count).toList();
    }

    public static void watch(SimAdmin sim, String bootstrapServers, List<TruthSession> channels) {
        channels.forEach(channel -> sim.authorize(channel.broadcasterId(), SCOPES));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, ChannelWatched> producer = new KafkaProducer<>(p,
                Topics.WATCHLIST.keySerde().serializer(), Topics.WATCHLIST.valueSerde().serializer())) {
            for (TruthSession channel : channels) {
                ChannelWatched watched = new ChannelWatched(EventIds.random(), Instant.now(), SchemaVersion.CURRENT,
                        channel.broadcasterId(), channel.login(), 1, true);
                producer.send(new ProducerRecord<>(Topics.WATCHLIST.name(), watched.key(), watched));
            }
            producer.flush();
        }
    }

    /** Waits until the simulator has every subscription of the watched channels enabled for our callback. */
    public static boolean awaitSubscriptions(SimAdmin sim, String callback, int channels, Duration timeout) {
        return Waits.until(() -> enabled(sim, callback) >= (long) channels * SUBSCRIPTIONS_PER_CHANNEL, timeout,
                Duration.ofSeconds(1));
    }

    public static long enabled(SimAdmin sim, String callback) {
        return sim.subscriptions().stream()
                .filter(s -> "enabled".equals(s.get("status")))
                .filter(s -> s.get("transport") instanceof Map<?, ?> transport && callback.equals(transport.get("callback")))
                .filter(s -> !"user.authorization.revoke".equals(s.get("type")))
                .count();
    }
}

package io.streampulse.aggregator.topology;

import io.streampulse.contracts.channel.ChannelCheered;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.channel.ChannelRaided;
import io.streampulse.contracts.channel.ChannelResubscribed;
import io.streampulse.contracts.channel.ChannelSubscribed;
import io.streampulse.contracts.channel.ChannelSubscriptionGifted;
import io.streampulse.contracts.channel.ChannelUpdated;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.stats.ChannelEventsDailyStatsComputed;
import io.streampulse.contracts.topic.Topics;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.Stores;

/**
 * Per channel, event type and UTC day: how many events, the bits cheered, and subscriptions by tier (a
 * gift counts its number of gifted subscriptions). Redeliveries (same event id) are counted once.
 */
final class ChannelEventStatistics {

    private ChannelEventStatistics() {
    }

    static void build(StreamsBuilder builder, KStream<String, ChannelEventReceived> events, TopologySettings settings) {
        Duration remember = settings.eventDedupeWindow();
        Duration retention = remember.multipliedBy(2).compareTo(remember.plus(settings.grace())) > 0
            ? remember.multipliedBy(2) : remember.plus(settings.grace());
        builder.addStateStore(Stores.windowStoreBuilder(
            Stores.persistentWindowStore(FirstDelivery.STORE, retention, remember, false), Serdes.String(), Serdes.Long()));
        WindowedStats.aggregate(
            events
                .processValues(() -> new FirstDelivery(settings), Named.as("channel-event-dedupe"), FirstDelivery.STORE)
                .map((broadcasterId, event) -> KeyValue.pair(broadcasterId + "|" + event.eventType(), EventCount.of(event)),
                    Named.as("channel-event-counts"))
                .groupByKey(Grouped.with("channel-events", Serdes.String(), InternalSerde.of(EventCount.class))),
            settings.grace(),
            new WindowedStats.Definition<>("channel-events-daily", Duration.ofDays(1), () -> EventTally.EMPTY,
                (key, count, tally) -> tally.add(count), InternalSerde.of(EventTally.class),
                ChannelEventStatistics::stats, Topics.STATS_CHANNEL_EVENTS_DAILY));
    }

    private static ChannelEventsDailyStatsComputed stats(Windowed<String> window, EventTally tally) {
        String id = StatsIds.of(Topics.STATS_CHANNEL_EVENTS_DAILY.name(), window.key(), window.window().start(),
            tally.count(), tally.bits(), new TreeMap<>(tally.tiers()));
        return new ChannelEventsDailyStatsComputed(id, TimeBuckets.instant(tally.asOf()), SchemaVersion.CURRENT,
            tally.broadcasterId(), tally.eventType(), window.window().startTime(), window.window().endTime(),
            tally.count(), tally.bits(), tally.tiers());
    }

    /** What one event adds: its bits, or its subscriptions of one tier. */
    record EventCount(String broadcasterId, String eventType, long bits, String tier, long subscriptions, long at) {

        static EventCount of(ChannelEventReceived event) {
            return event.accept(new ChannelEventReceived.Visitor<>() {
                @Override
                public EventCount followed(ChannelFollowed e) {
                    return plain(e);
                }

                @Override
                public EventCount subscribed(ChannelSubscribed e) {
                    return subscriptions(e, e.tier(), 1);
                }

                @Override
                public EventCount subscriptionGifted(ChannelSubscriptionGifted e) {
                    return subscriptions(e, e.tier(), e.total());
                }

                @Override
                public EventCount resubscribed(ChannelResubscribed e) {
                    return subscriptions(e, e.tier(), 1);
                }

                @Override
                public EventCount cheered(ChannelCheered e) {
                    return new EventCount(e.broadcasterId(), e.eventType(), e.bits(), null, 0,
                        e.occurredAt().toEpochMilli());
                }

                @Override
                public EventCount raided(ChannelRaided e) {
                    return plain(e);
                }

                @Override
                public EventCount updated(ChannelUpdated e) {
                    return plain(e);
                }
            });
        }

        private static EventCount plain(ChannelEventReceived e) {
            return new EventCount(e.broadcasterId(), e.eventType(), 0, null, 0, e.occurredAt().toEpochMilli());
        }

        private static EventCount subscriptions(ChannelEventReceived e, String tier, long subscriptions) {
            return new EventCount(e.broadcasterId(), e.eventType(), 0, tier, subscriptions, e.occurredAt().toEpochMilli());
        }
    }

    /** The running totals of one channel, event type and day. */
    record EventTally(String broadcasterId, String eventType, long count, long bits, Map<String, Long> tiers, long asOf) {

        static final EventTally EMPTY = new EventTally("", "", 0, 0, Map.of(), Long.MIN_VALUE);

        EventTally add(EventCount event) {
            Map<String, Long> byTier = tiers;
            if (event.tier() != null) {
                TreeMap<String, Long> more = new TreeMap<>(tiers);
                more.merge(event.tier(), event.subscriptions(), Long::sum);
                byTier = Collections.unmodifiableMap(more);
            }
            return new EventTally(event.broadcasterId(), event.eventType(), count + 1, bits + event.bits(), byTier,
                Math.max(asOf, event.at()));
        }
    }
}

package io.streampulse.contracts.samples;

import io.streampulse.contracts.topic.Topic;
import io.streampulse.contracts.topic.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One sample per example file: the records the examples under src/main/resources/examples are made from. */
public final class ContractSamples {

    /** A named sample of a topic; {@code name} is the example file name without ".json". */
    public record Sample(Topic<?, ?> topic, String name, Object value) {
        public String path() {
            return "examples/" + topic.name() + "/" + name + ".json";
        }
    }

    private ContractSamples() {
    }

    public static List<Sample> all() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        add(samples, Topics.STREAMS_DISCOVERED, "sweep", StreamSamples.discovered());
        add(samples, Topics.STREAMS_LIFECYCLE, "stream.online", StreamSamples.online());
        add(samples, Topics.STREAMS_LIFECYCLE, "stream.offline", StreamSamples.offline());
        add(samples, Topics.STREAMS_OBSERVATIONS, "live", StreamSamples.observedLive());
        add(samples, Topics.STREAMS_OBSERVATIONS, "absent", StreamSamples.observedAbsent());
        add(samples, Topics.STREAMS_LIVE, "live", StreamSamples.liveUpdated());
        add(samples, Topics.STREAMS_ENDED, "ended", StreamSamples.ended());
        add(samples, Topics.CHANNEL_EVENTS, "channel.follow", ChannelSamples.followed());
        add(samples, Topics.CHANNEL_EVENTS, "channel.subscribe", ChannelSamples.subscribed());
        add(samples, Topics.CHANNEL_EVENTS, "channel.subscription.gift", ChannelSamples.gifted());
        add(samples, Topics.CHANNEL_EVENTS, "channel.subscription.gift-anonymous", ChannelSamples.giftedAnonymously());
        add(samples, Topics.CHANNEL_EVENTS, "channel.subscription.message", ChannelSamples.resubscribed());
        add(samples, Topics.CHANNEL_EVENTS, "channel.cheer", ChannelSamples.cheered());
        add(samples, Topics.CHANNEL_EVENTS, "channel.cheer-anonymous", ChannelSamples.cheeredAnonymously());
        add(samples, Topics.CHANNEL_EVENTS, "channel.raid", ChannelSamples.raided());
        add(samples, Topics.CHANNEL_EVENTS, "channel.update", ChannelSamples.updated());
        add(samples, Topics.WATCHLIST, "watched", OtherSamples.watched());
        add(samples, Topics.USERS_REVOKED, "revoked", OtherSamples.revoked());
        add(samples, Topics.DEADLETTER, "not-json", OtherSamples.deadLetter());
        add(samples, Topics.STATS_CHANNEL_DAILY, "channel-daily", StatsSamples.channelDaily());
        add(samples, Topics.STATS_GAME_HOURLY, "game-hourly", StatsSamples.gameHourly());
        add(samples, Topics.STATS_GAME_DAILY, "game-daily", StatsSamples.gameDaily());
        add(samples, Topics.STATS_TAG_DAILY, "tag-daily", StatsSamples.tagDaily());
        add(samples, Topics.STATS_PLATFORM_5M, "platform-5m", StatsSamples.platform());
        add(samples, Topics.STATS_CHANNEL_SCHEDULE, "channel-schedule", StatsSamples.schedule());
        add(samples, Topics.STATS_CHANNEL_EVENTS_DAILY, "channel-events-daily", StatsSamples.channelEventsDaily());
        add(samples, Topics.STATS_LEADERBOARD, "channels", StatsSamples.leaderboard());
        return List.copyOf(samples.values());
    }

    private static <V> void add(Map<String, Sample> samples, Topic<?, V> topic, String name, V value) {
        Sample sample = new Sample(topic, name, value);
        if (samples.put(sample.path(), sample) != null) {
            throw new IllegalStateException("duplicate sample " + sample.path());
        }
    }
}

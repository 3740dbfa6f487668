package io.streampulse.contracts.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicsTest {

    private static final List<String> STATS = List.of("twitch.stats.channel-daily.v1", "twitch.stats.game-hourly.v1",
        "twitch.stats.game-daily.v1", "twitch.stats.tag-daily.v1", "twitch.stats.platform-5m.v1",
        "twitch.stats.channel-schedule.v1", "twitch.stats.channel-events-daily.v1", "twitch.stats.leaderboard.v1");

    /** The writer column of the design brief's topic table, per service, plus the dead-letter topic. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "ingest; twitch.streams.discovered.v1,twitch.streams.lifecycle.v1,twitch.channel.events.v1,"
            + "twitch.users.revoked.v1,twitch.deadletter.v1",
        "refresh; twitch.streams.observations.v1,twitch.streams.live.v1,twitch.deadletter.v1",
        "archive; twitch.streams.ended.v1,twitch.deadletter.v1",
        "api; twitch.watchlist.v1,twitch.deadletter.v1"})
    void writtenByMatchesTheDesignTable(String service, String topics) {
        assertThat(names(Topics.writtenBy(service))).containsExactlyInAnyOrder(topics.split(","));
    }

    @Test
    void aggregatorWritesEveryStatsTopicAndTheDeadLetterTopic() {
        List<String> expected = new java.util.ArrayList<>(STATS);
        expected.add("twitch.deadletter.v1");

        assertThat(names(Topics.writtenBy("aggregator"))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyTopicHasExactlyOneWriterAndAllServicesTogetherWriteEveryTopic() {
        List<String> written = Services.ALL.stream().flatMap(s -> Topics.writtenBy(s).stream())
            .filter(t -> t != Topics.DEADLETTER).map(Topic::name).toList();

        assertThat(written).doesNotHaveDuplicates();
        assertThat(written).hasSize(Topics.all().size() - 1);
    }

    @Test
    void unknownServiceIsRejected() {
        assertThatThrownBy(() -> Topics.writtenBy("archiver"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("unknown service 'archiver', expected one of [ingest, refresh, archive, aggregator, api]");
    }

    @Test
    void namesAreUniqueVersionedAndFindable() {
        List<String> names = names(Topics.all());

        assertThat(names).doesNotHaveDuplicates().hasSize(17).allMatch(n -> n.matches("twitch\\.[a-z0-9.-]+\\.v\\d+"));
        assertThat(names).containsAll(STATS);
        names.forEach(n -> assertThat(Topics.byName(n).map(Topic::name)).contains(n));
        assertThat(Topics.byName("twitch.streams.v0")).isEmpty();
    }

    @Test
    void perChannelTopicsHaveTwelvePartitions() {
        assertThat(List.of(Topics.STREAMS_DISCOVERED, Topics.STREAMS_LIFECYCLE, Topics.STREAMS_OBSERVATIONS,
            Topics.STREAMS_LIVE, Topics.STREAMS_ENDED, Topics.CHANNEL_EVENTS, Topics.WATCHLIST))
            .extracting(Topic::partitions).containsOnly(12);
    }

    @Test
    void compactedTopicsRetainForeverAndDeleteTopicsHaveTheirRetention() {
        assertThat(Topics.STREAMS_LIVE.topicConfigs())
            .isEqualTo(Map.of("cleanup.policy", "compact", "retention.ms", "-1"));
        assertThat(Topics.STREAMS_OBSERVATIONS.topicConfigs())
            .isEqualTo(Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(Duration.ofDays(7).toMillis())));
        assertThat(Topics.DEADLETTER.topicConfigs())
            .isEqualTo(Map.of("cleanup.policy", "delete", "retention.ms", "1209600000"));
        assertThat(Topics.all()).filteredOn(t -> t.cleanupPolicy() == CleanupPolicy.COMPACT)
            .extracting(Topic::name)
            .containsExactlyInAnyOrderElementsOf(concat(List.of("twitch.streams.live.v1", "twitch.watchlist.v1"), STATS))
            .allSatisfy(n -> assertThat(Topics.byName(n).orElseThrow().retainsForever()).isTrue());
    }

    @Test
    void cleanupPolicyConfigValuesAreKafkas() {
        assertThat(CleanupPolicy.DELETE.configValue()).isEqualTo("delete");
        assertThat(CleanupPolicy.COMPACT.configValue()).isEqualTo("compact");
    }

    @Test
    void topicRejectsZeroPartitionsAndZeroRetention() {
        Topic<String, String> valid = new Topic<>("t", org.apache.kafka.common.serialization.Serdes.String(),
            org.apache.kafka.common.serialization.Serdes.String(), 1, CleanupPolicy.DELETE, Duration.ofHours(1),
            "api", List.of(), "d");

        assertThatThrownBy(() -> new Topic<>(valid.name(), valid.keySerde(), valid.valueSerde(), 0,
            valid.cleanupPolicy(), valid.retention(), "api", List.of(), "d"))
            .hasMessage("t: partitions must be >= 1");
        assertThatThrownBy(() -> new Topic<>(valid.name(), valid.keySerde(), valid.valueSerde(), 1,
            valid.cleanupPolicy(), Duration.ZERO, "api", List.of(), "d"))
            .hasMessage("t: retention must be positive or RETAIN_FOREVER");
    }

    private static List<String> names(List<Topic<?, ?>> topics) {
        return topics.stream().map(Topic::name).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}

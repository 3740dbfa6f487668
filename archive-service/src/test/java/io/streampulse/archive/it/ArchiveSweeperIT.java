package io.streampulse.archive.it;

import static io.streampulse.archive.it.Records.T;
import static io.streampulse.archive.it.Records.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.ConsumerRegistry;
import io.micronaut.context.ApplicationContext;
import io.streampulse.archive.it.ArchiveDatabase.ArchivedSession;
import io.streampulse.archive.kafka.ArchiveMetrics;
import io.streampulse.archive.session.ClosedSession;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.GamePlayed;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestPostgres;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The sweep of sessions nobody observes any more, with two replicas in one consumer group: each closes the stale
 * sessions of the partitions it owns, once, and a replica taking over after the other stopped repeats nothing.
 * Two application contexts on one database (so not @MicronautTest).
 */
class ArchiveSweeperIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String GRACE = "3s";
    private static final int PARTITIONS = Topics.STREAMS_OBSERVATIONS.partitions();

    @Test
    void eachReplicaSweepsTheUnobservedSessionsOfItsPartitionsOnceAndOnlyOnce() throws Exception {
        TestDatabase testDatabase = TestPostgres.newDatabase("archive-sweep");
        Map<String, Object> settings = new HashMap<>(ArchiveContexts.settings(testDatabase));
        settings.put("archive.session.unobserved-grace", GRACE);
        // Stale channels on a partition of each half (the range assignor gives each replica one half), each with a
        // channel of the same partition that refresh keeps observing
        Records staleLow = new Records(KeyPartitions.channelOn(1, PARTITIONS));
        Records observedLow = new Records(KeyPartitions.channelOn(1, PARTITIONS));
        Records staleHigh = new Records(KeyPartitions.channelOn(9, PARTITIONS));
        Records observedHigh = new Records(KeyPartitions.channelOn(9, PARTITIONS));
        List<Records> stale = List.of(staleLow, staleHigh);
        List<Records> observed = List.of(observedLow, observedHigh);
        Map<Records, String> streams = new HashMap<>();
        List.of(staleLow, observedLow, staleHigh, observedHigh).forEach(c -> streams.put(c, TestNames.unique("s")));
        try (ArchiveTopics topics = new ArchiveTopics();
             ApplicationContext first = ApplicationContext.run(settings);
             ApplicationContext second = ApplicationContext.run(settings)) {
            ArchiveDatabase database = ArchiveDatabase.connectTo(testDatabase);
            await().atMost(WAIT).ignoreExceptions().until(() -> observationPartitions(first).size() == PARTITIONS / 2
                && observationPartitions(second).size() == PARTITIONS / 2);
            ApplicationContext ownerOfLow = observationPartitions(first).contains(1) ? first : second;

            // Given every channel observed live at T and T+60 s
            for (Records channel : streams.keySet()) {
                topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(0, channel.stream(streams.get(channel), 0, 10, "1")));
                topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(60, channel.stream(streams.get(channel), 0, 20, "1")));
            }
            await().atMost(WAIT).until(() -> database.query("select count(*) from open_sessions"
                + " where updated_at <= now() - interval '" + GRACE + "'", null, rows -> rows.getLong(1)), List.of(4L)::equals);

            // When, the grace later, refresh observes only the second channel of each partition (ten minutes on)
            for (Records channel : observed) {
                topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(660, channel.stream(streams.get(channel), 0, 30, "1")));
            }

            // Then each stale session ends at its last LIVE observation, swept by the replica owning its partition
            // (viewer-minutes: the trapezoid of 10 and 20 over the minute; no absence, so no tail)
            for (Records channel : stale) {
                ArchivedSession session = await().atMost(WAIT).until(() -> database.sessions(channel.channel()),
                    rows -> rows.size() == 1).get(0);
                assertThat(session.session()).isEqualTo(new ClosedSession(streams.get(channel), channel.channel(),
                    channel.login(), "Name " + channel.channel(), T, at(60), 60, 20, 15.0, 15,
                    List.of(new GamePlayed("1", "Game 1", 60)), List.of("title of " + streams.get(channel)),
                    List.of("English"), "en", EndReason.ABSENT_GRACE, 2));
            }
            assertThat(swept(first)).isEqualTo(1.0);
            assertThat(swept(second)).isEqualTo(1.0);
            assertThat(swept(ownerOfLow)).isEqualTo(1.0);
            // And the observed channels' sessions stay open
            for (Records channel : observed) {
                assertThat(database.openStream(channel.channel())).containsExactly(streams.get(channel));
            }

            // When the owner of the low half stops, the other takes its partitions over, refresh observes on, and a
            // late LIVE observation of a swept stream arrives
            ApplicationContext survivor = ownerOfLow == first ? second : first;
            ownerOfLow.close();
            await().atMost(WAIT).ignoreExceptions().until(() -> observationPartitions(survivor).size() == PARTITIONS);
            for (Records channel : observed) {
                topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(720, channel.stream(streams.get(channel), 0, 30, "1")));
            }
            topics.send(Topics.STREAMS_OBSERVATIONS, staleLow.live(700, staleLow.stream(streams.get(staleLow), 0, 5, "1")));
            await().atMost(WAIT).until(() -> observationsOf(database, observedLow.channel()), List.of(4)::equals);

            // Then nothing is swept or reopened again, and each end was published exactly once
            assertThat(swept(survivor)).isEqualTo(1.0);
            assertThat(database.openStream(staleLow.channel())).isEmpty();
            assertThat(database.sessions(staleLow.channel())).hasSize(1);
            for (Records channel : stale) {
                List<StreamEnded> ended = await().atMost(WAIT).until(
                    () -> ArchiveTopics.readAll(Topics.STREAMS_ENDED, channel.channel()), r -> !r.isEmpty());
                assertThat(ended).extracting(StreamEnded::streamId, StreamEnded::endReason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(streams.get(channel), EndReason.ABSENT_GRACE));
            }
        }
    }

    private static Set<Integer> observationPartitions(ApplicationContext context) {
        ConsumerRegistry consumers = context.getBean(ConsumerRegistry.class);
        return consumers.getConsumerIds().stream().flatMap(id -> consumers.getConsumerAssignment(id).stream())
            .filter(partition -> partition.topic().equals(Topics.STREAMS_OBSERVATIONS.name()))
            .map(TopicPartition::partition).collect(Collectors.toSet());
    }

    private static double swept(ApplicationContext context) {
        Counter counter = context.getBean(MeterRegistry.class).find(ArchiveMetrics.SWEPT).counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<Integer> observationsOf(ArchiveDatabase database, String broadcasterId) throws Exception {
        return database.query("select (state->'open'->>'observations')::int from open_sessions where broadcaster_id = ?",
            broadcasterId, rows -> rows.getInt(1));
    }
}

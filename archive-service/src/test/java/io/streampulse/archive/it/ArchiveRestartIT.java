package io.streampulse.archive.it;

import static io.streampulse.archive.it.Records.T;
import static io.streampulse.archive.it.Records.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.streampulse.archive.it.ArchiveDatabase.ArchivedSession;
import io.streampulse.archive.kafka.ArchiveMetrics;
import io.streampulse.archive.session.ClosedSession;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.GamePlayed;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestPostgres;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * A restart mid-session loses nothing and duplicates nothing. Two application contexts one after the other on the
 * same database and consumer group (so not @MicronautTest, which holds one context per class).
 */
class ArchiveRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aSessionInProgressSurvivesARestartAndIsArchivedAndPublishedOnce() throws Exception {
        Map<String, Object> settings = new HashMap<>(ArchiveContexts.settings(TestPostgres.newDatabase("archive-restart")));
        Records channel = new Records(TestNames.unique("ch"));
        String streamId = TestNames.unique("s");
        StreamState live = channel.stream(streamId, 0, 100, "509658");
        try (ArchiveTopics topics = new ArchiveTopics()) {
            // Given a first instance that archived three LIVE observations of a session, then stopped
            RecordMetadata first;
            try (ApplicationContext context = ApplicationContext.run(settings)) {
                first = topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(0, live));
                topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(60, live));
                topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(120, live));
                ArchiveDatabase database = database(context);
                await().atMost(WAIT).until(() -> observationsOf(database, channel.channel()), List.of(3)::equals);
            }
            // And Kafka forgot that the group had consumed them (as after a commit lost in a crash)
            rewind(settings.get("archive.consumer.group-id").toString(), first);

            // When a new instance starts and the session continues, then the stream stays absent beyond the grace
            try (ApplicationContext context = ApplicationContext.run(settings)) {
                topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(180, live));
                topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(240, live));
                topics.send(Topics.STREAMS_OBSERVATIONS, channel.absent(300));
                topics.send(Topics.STREAMS_OBSERVATIONS, channel.absent(420));
                ArchiveDatabase database = database(context);

                // Then one session holds all five observations, the redelivered three counted once (viewer-minutes:
                // four minutes at 100 and half of the minute to the first absence)
                ClosedSession expected = new ClosedSession(streamId, channel.channel(), channel.login(),
                    "Name " + channel.channel(), T, at(240), 240, 100, 100.0, 450,
                    List.of(new GamePlayed("509658", "Game 509658", 240)), List.of("title of " + streamId),
                    List.of("English"), "en", EndReason.ABSENT_GRACE, 5);
                ArchivedSession archived = await().atMost(WAIT).until(() -> database.sessions(channel.channel()),
                    rows -> rows.size() == 1).get(0);
                assertThat(archived.session()).isEqualTo(expected);
                assertThat(context.getBean(MeterRegistry.class).get(ArchiveMetrics.RECORDS)
                    .tags("outcome", "redelivered").counter().count()).isEqualTo(3.0);

                // And its end is published exactly once, once the outbox row is marked sent
                await().atMost(WAIT).until(() -> database.query("select count(*) from outbox where sent_at is null",
                    null, rows -> rows.getLong(1)), List.of(0L)::equals);
                List<StreamEnded> ended = ArchiveTopics.readAll(Topics.STREAMS_ENDED, channel.channel());
                assertThat(ended).containsExactly(expected.toEvent(archived.closedAt()));
            }
        }
    }

    private static ArchiveDatabase database(ApplicationContext context) {
        return new ArchiveDatabase(context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class)));
    }

    private static List<Integer> observationsOf(ArchiveDatabase database, String broadcasterId) throws Exception {
        return database.query("select (state->'open'->>'observations')::int from open_sessions where broadcaster_id = ?",
            broadcasterId, rows -> rows.getInt(1));
    }

    private static void rewind(String groupId, RecordMetadata to) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.alterConsumerGroupOffsets(groupId, Map.of(new TopicPartition(to.topic(), to.partition()),
                new OffsetAndMetadata(to.offset()))).all().get();
        }
    }
}

package io.streampulse.archive.it;

import static io.streampulse.archive.it.Records.T;
import static io.streampulse.archive.it.Records.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.streampulse.archive.it.ArchiveDatabase.ArchivedSession;
import io.streampulse.archive.it.ArchiveDatabase.StoredSnapshot;
import io.streampulse.archive.kafka.ArchiveMetrics;
import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestDatabase;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestPostgres;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Records PostgreSQL would refuse never block a partition and never take a good record with them; a connection
 * killed mid-batch is retried and dead-letters nothing. The service against real Kafka and PostgreSQL.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveFailuresIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver dataSourceResolver;

    @Inject
    MeterRegistry meters;

    private ArchiveTopics topics;
    private ArchiveDatabase database;
    private TestDatabase testDatabase;

    @Override
    public Map<String, String> getProperties() {
        topics = new ArchiveTopics();
        testDatabase = TestPostgres.newDatabase("archive-failures");
        Map<String, String> settings = new HashMap<>(ArchiveContexts.settings(testDatabase));
        settings.put("archive.consumer.retry-delay", "200ms");
        settings.put("archive.consumer.max-retry-delay", "1s");
        return settings;
    }

    @BeforeAll
    void database() throws Exception {
        database = new ArchiveDatabase(dataSourceResolver.resolve(dataSource));
        // A constraint archive's code does not know, as a DBA might add: PostgreSQL refuses absurd viewer counts
        try (Connection connection = dataSourceResolver.resolve(dataSource).getConnection();
             Statement ddl = connection.createStatement()) {
            ddl.execute("alter table archive.stream_snapshots add constraint plausible_viewer_count"
                + " check (viewer_count < 100000000)");
        }
    }

    @AfterAll
    void closeTopics() {
        topics.close();
    }

    @Test
    void nulCharactersInTextAreStrippedAndTheRecordIsStored() throws Exception {
        // Given a stream whose title and tags hold NUL characters (PostgreSQL stores none, in text or jsonb)
        Records channel = new Records(TestNames.unique("ch"));
        String streamId = TestNames.unique("s");
        StreamState nul = new StreamState(streamId, channel.channel(), channel.login(), "Name\u0000", "509658",
            "Game\u0000", "bad\u0000title", List.of("Eng\u0000lish"), 10, T, "en", "live", "");

        // When it is observed twice and goes offline
        topics.send(Topics.STREAMS_OBSERVATIONS, StreamObserved.live(UUID.randomUUID().toString(), at(0), nul));
        topics.send(Topics.STREAMS_OBSERVATIONS, StreamObserved.live(UUID.randomUUID().toString(), at(60), nul));
        topics.send(Topics.STREAMS_LIFECYCLE, channel.offline(90));

        // Then the session, its snapshot and its StreamEnded hold the text without the NULs
        ArchivedSession session = await().atMost(WAIT).until(() -> database.sessions(channel.channel()),
            rows -> rows.size() == 1).get(0);
        assertThat(session.session().titles()).containsExactly("badtitle");
        assertThat(session.session().tags()).containsExactly("English");
        assertThat(session.session().broadcasterName()).isEqualTo("Name");
        assertThat(database.snapshots(channel.channel())).extracting(StoredSnapshot::title).containsExactly("badtitle");
        List<StreamEnded> ended = await().atMost(WAIT).until(
            () -> ArchiveTopics.readAll(Topics.STREAMS_ENDED, channel.channel()), records -> !records.isEmpty());
        assertThat(ended).extracting(StreamEnded::titles).containsExactly(List.of("badtitle"));
        // And nothing was dead-lettered (dead letters are acknowledged before the batch commits)
        assertThat(ArchiveTopics.readAll(Topics.DEADLETTER, channel.channel())).isEmpty();
    }

    @Test
    void aRecordPostgresqlRefusesIsDeadLetteredAloneAndThePartitionGoesOn() throws Exception {
        // Given a LIVE observation with an absurd viewer count (refused by the CHECK), one of another channel, a
        // good observation of the first channel, then its offline event
        Records channel = new Records(TestNames.unique("ch"));
        Records other = new Records(TestNames.unique("ch"));
        String streamId = TestNames.unique("s");
        double refusedBefore = counter("streampulse.archive.records.refused");

        // When they are consumed
        RecordMetadata absurd = topics.send(Topics.STREAMS_OBSERVATIONS,
            channel.live(0, channel.stream(streamId, 0, 2_000_000_000, "509658")));
        topics.send(Topics.STREAMS_OBSERVATIONS, other.live(10, other.stream(TestNames.unique("s"), 0, 5, "509658")));
        topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(60, channel.stream(streamId, 0, 100, "509658")));
        topics.send(Topics.STREAMS_LIFECYCLE, channel.offline(120));

        // Then the session holds the good observation only, and the other channel's session is open
        ArchivedSession session = await().atMost(WAIT).until(() -> database.sessions(channel.channel()),
            rows -> rows.size() == 1).get(0);
        assertThat(session.session().observations()).isEqualTo(1);
        assertThat(session.session().peakViewers()).isEqualTo(100);
        assertThat(session.session().endReason()).isEqualTo(EndReason.OFFLINE_EVENT);
        assertThat(database.openStream(other.channel())).hasSize(1);
        // And exactly the refused record is dead-lettered, with PostgreSQL's reason
        List<DeadLetterRecord> letters = ArchiveTopics.readAll(Topics.DEADLETTER, channel.channel());
        assertThat(letters).extracting(DeadLetterRecord::offset, DeadLetterRecord::errorType)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(absurd.offset(), "database_refused"));
        assertThat(letters.get(0).errorMessage()).contains("23514", "plausible_viewer_count");
        assertThat(ArchiveTopics.readAll(Topics.DEADLETTER, other.channel())).isEmpty();
        assertThat(counter("streampulse.archive.records.refused") - refusedBefore).isEqualTo(1.0);
    }

    @Test
    void aTimePostgresqlCannotStoreIsDeadLetteredBeforeItReachesTheDatabase() throws Exception {
        // Given a LIVE observation whose stream started after the year 9999, then a good one of the same channel
        Records channel = new Records(TestNames.unique("ch"));
        StreamState farFuture = new StreamState(TestNames.unique("s"), channel.channel(), channel.login(), "Name",
            "509658", "Game", "title", List.of(), 5, Instant.parse("+10000-01-01T00:00:00Z"), "en", "live", "");
        String good = TestNames.unique("s");

        // When they are consumed
        RecordMetadata bad = topics.send(Topics.STREAMS_OBSERVATIONS,
            StreamObserved.live(UUID.randomUUID().toString(), at(0), farFuture));
        topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(60, channel.stream(good, 50, 5, "509658")));

        // Then the good one opens the session and the other is dead-lettered with the reason
        await().atMost(WAIT).until(() -> database.openStream(channel.channel()), List.of(good)::equals);
        List<DeadLetterRecord> letters = ArchiveTopics.readAll(Topics.DEADLETTER, channel.channel());
        assertThat(letters).extracting(DeadLetterRecord::offset, DeadLetterRecord::errorType)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(bad.offset(), "unstorable_value"));
        assertThat(letters.get(0).errorMessage()).contains("stream.started_at", "+10000-01-01T00:00:00Z");
    }

    @Test
    void aConnectionKilledMidBatchIsRetriedAndLosesOrDuplicatesNothing() throws Exception {
        // Given an open session
        Records channel = new Records(TestNames.unique("ch"));
        String streamId = TestNames.unique("s");
        StreamState live = channel.stream(streamId, 0, 100, "509658");
        topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(0, live));
        await().atMost(WAIT).until(() -> database.openStream(channel.channel()), List.of(streamId)::equals);
        double retriesBefore = counter(ArchiveMetrics.RETRIED);

        // When the next batch waits on a lock in the middle of its transaction and PostgreSQL kills its connection
        try (Connection blocker = dataSourceResolver.resolve(dataSource).getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("lock table archive.open_sessions in exclusive mode");
            }
            topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(60, live));
            topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(120, live));
            int pid = await().atMost(WAIT).until(this::backendWaitingOnALock, found -> found > 0);
            database.query("select pg_terminate_backend(?)", pid, rows -> rows.getBoolean(1));
            await().atMost(WAIT).until(() -> counter(ArchiveMetrics.RETRIED) > retriesBefore);
            blocker.rollback();
        }

        // Then the batch is retried: the session holds each observation once
        await().atMost(WAIT).until(() -> database.query("select (state->'open'->>'observations')::int"
            + " from open_sessions where broadcaster_id = ?", channel.channel(), rows -> rows.getInt(1)),
            List.of(3)::equals);

        // And when the stream goes offline, the session ends with them all
        topics.send(Topics.STREAMS_LIFECYCLE, channel.offline(150));
        ArchivedSession session = await().atMost(WAIT).until(() -> database.sessions(channel.channel()),
            rows -> rows.size() == 1).get(0);
        assertThat(session.session().observations()).isEqualTo(3);
        assertThat(session.session().viewerMinutes()).isEqualTo(250);
        assertThat(session.session().endedAt()).isEqualTo(at(150));
        // And nothing was dead-lettered, and StreamEnded is published once
        assertThat(ArchiveTopics.readAll(Topics.DEADLETTER, channel.channel())).isEmpty();
        List<StreamEnded> ended = await().atMost(WAIT).until(
            () -> ArchiveTopics.readAll(Topics.STREAMS_ENDED, channel.channel()), records -> !records.isEmpty());
        assertThat(ended).hasSize(1);
    }

    private int backendWaitingOnALock() throws Exception {
        List<Integer> pids = database.query("select pid from pg_stat_activity where datname = ?"
            + " and wait_event_type = 'Lock'", testDatabase.name(), rows -> rows.getInt(1));
        return pids.isEmpty() ? 0 : pids.get(0);
    }

    private double counter(String name) {
        var counter = meters.find(name).counter();
        return counter == null ? 0 : counter.count();
    }
}

package io.streampulse.archive.ingest;

import static io.streampulse.archive.ingest.Batches.OBSERVATIONS;
import static io.streampulse.archive.ingest.Batches.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.streampulse.archive.ingest.Processors.CollectedRejections;
import io.streampulse.archive.ingest.Processors.TestClock;
import io.streampulse.archive.it.ArchiveDatabase;
import io.streampulse.archive.it.MigratedDatabase;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * A batch PostgreSQL refuses for its data is committed but for exactly the refused records, which are dead-lettered;
 * a transient failure is thrown for a retry and dead-letters nothing. Real PostgreSQL, a fresh database per test.
 */
class IsolatingProcessorIT {

    private static final Instant T = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));

    private final MigratedDatabase database = MigratedDatabase.create("archive-isolation");
    private final ArchiveDatabase tables = database.reader();
    private final TestClock clock = new TestClock(Instant.now());
    private final CollectedRejections rejections = new CollectedRejections();
    private final IsolatingProcessor processor =
        new IsolatingProcessor(Processors.of(database.dataSource(), clock, Duration.ofMinutes(10)));

    @Test
    void onlyTheRecordsPostgresqlRefusesAreDeadLetteredAndEverythingElseIsCommitted() throws Exception {
        // Given a constraint archive's code does not know (a DBA's plausibility CHECK on viewer counts)
        database.execute("alter table stream_snapshots add constraint plausible_viewer_count"
            + " check (viewer_count < 100000000)");
        // And a batch of 12 channels on 4 partitions, channel c7 observed with an absurd viewer count, plus a record
        // that is not JSON
        ArchiveBatch.Builder builder = new ArchiveBatch.Builder();
        for (int i = 0; i < 12; i++) {
            String channel = "c" + i;
            builder.observation(source(OBSERVATIONS, i % 4, 100 + i, channel),
                observation(channel, i == 7 ? 2_000_000_000 : 50 + i, "en", 10 * i));
        }
        Source notJson = source(OBSERVATIONS, 2, 200, "c2");
        builder.invalid(new Rejected(notJson, "not_json", "truncated"));
        ArchiveBatch batch = builder.build();

        // When the batch is processed
        BatchOutcome outcome = processor.process(batch, rejections);

        // Then exactly the refused record and the undecodable one are dead-lettered, each once, with their reasons
        assertThat(rejections.all()).extracting(r -> r.source().offset(), Rejected::errorType)
            .containsExactlyInAnyOrder(tuple(200L, "not_json"), tuple(107L, IsolatingProcessor.REFUSED));
        assertThat(rejections.all()).filteredOn(r -> r.source().offset() == 107L).singleElement()
            .extracting(Rejected::reason).asString().startsWith("SQLState 23514: ").contains("plausible_viewer_count");
        // And the eleven others opened their sessions and wrote their snapshots
        List<String> open = tables.query("select broadcaster_id from open_sessions order by broadcaster_id", null,
            rows -> rows.getString(1));
        assertThat(open).containsExactly("c0", "c1", "c10", "c11", "c2", "c3", "c4", "c5", "c6", "c8", "c9");
        assertThat(tables.query("select count(*) from stream_snapshots", null, rows -> rows.getLong(1)))
            .containsExactly(11L);
        // And every partition is consumed to its end, the refused record included
        assertThat(offsets()).isEqualTo(Map.of(0, 109L, 1, 110L, 2, 201L, 3, 112L));
        assertThat(outcome.refused()).isEqualTo(1);
        assertThat(outcome.rejected()).isEqualTo(2);
        assertThat(outcome.processed()).isEqualTo(Map.of(OBSERVATIONS, 11));
        assertThat(outcome.attempts()).isBetween(4, 2 + 2 * 5);

        // When the same batch is delivered again
        BatchOutcome again = processor.process(batch, rejections);

        // Then nothing happens a second time
        assertThat(again.alreadyProcessed()).isEqualTo(batch.size());
        assertThat(rejections.all()).hasSize(2);
    }

    @Test
    void aConnectionKilledMidBatchIsThrownForARetryAndDeadLettersNothing() throws Exception {
        // Given a lock that makes the batch wait in the middle of its transaction
        ArchiveBatch batch = new ArchiveBatch.Builder()
            .observation(source(OBSERVATIONS, 0, 0, "k"), observation("k", 10, "en", 0)).build();
        Throwable failure;
        try (Connection blocker = database.dataSource().getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("lock table open_sessions in exclusive mode");
            }
            CompletableFuture<BatchOutcome> attempt = CompletableFuture.supplyAsync(() -> {
                try {
                    return processor.process(batch, rejections);
                } catch (SQLException e) {
                    throw new CompletionException(e);
                }
            });

            // When PostgreSQL's connection of that transaction is killed
            int waiting = await().atMost(Duration.ofSeconds(30)).until(this::waitingOnALock, pid -> pid > 0);
            database.execute("select pg_terminate_backend(" + waiting + ")");
            failure = catchThrowable(attempt::join);
            blocker.rollback();
        }

        // Then the failure is thrown as it is (transient, for the consumer to retry), nothing is dead-lettered and
        // nothing was committed
        assertThat(failure).isInstanceOf(CompletionException.class).hasCauseInstanceOf(SQLException.class);
        String state = ((SQLException) failure.getCause()).getSQLState();
        assertThat(Failures.causedByData(failure.getCause())).as("SQLState %s", state).isFalse();
        assertThat(rejections.all()).isEmpty();
        assertThat(offsets()).isEmpty();

        // When it is retried, Then it is applied once
        processor.process(batch, rejections);
        assertThat(tables.openStream("k")).containsExactly("stream-k");
        assertThat(offsets()).isEqualTo(Map.of(0, 1L));
    }

    @Test
    void aSessionPostgresqlRefusesToSweepDoesNotCostTheBatchAnyRecord() throws Exception {
        // Given channel p observed once on partition 1 in a language a (test) CHECK refuses in stream_sessions
        database.execute("alter table stream_sessions add constraint no_xx check (language <> 'xx')");
        processor.process(new ArchiveBatch.Builder()
            .observation(source(OBSERVATIONS, 1, 0, "p"), observation("p", 10, "xx", 0)).build(), rejections);

        // When twenty minutes later a batch observes channel q of the same partition, so the sweep tries to close p
        clock.advance(Duration.ofMinutes(20));
        BatchOutcome outcome = processor.process(new ArchiveBatch.Builder()
            .observation(source(OBSERVATIONS, 1, 1, "q"), observation("q", 10, "en", 1200)).build(), rejections);

        // Then the batch is committed without the sweep: q's session opened, nothing dead-lettered, p still open
        assertThat(tables.openStream("q")).containsExactly("stream-q");
        assertThat(tables.openStream("p")).containsExactly("stream-p");
        assertThat(rejections.all()).isEmpty();
        assertThat(outcome.swept()).isZero();
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(offsets()).isEqualTo(Map.of(1, 2L));
    }

    private static StreamObserved observation(String channel, int viewers, String language, int seconds) {
        StreamState stream = new StreamState("stream-" + channel, channel, "login_" + channel, "Name " + channel,
            "509658", "Just Chatting", "title", List.of("English"), viewers, T, language, "live", "");
        return StreamObserved.live(UUID.randomUUID().toString(), T.plusSeconds(seconds), stream);
    }

    private Map<Integer, Long> offsets() throws SQLException {
        Map<Integer, Long> offsets = new java.util.HashMap<>();
        tables.query("select partition, next_offset from consumed_offsets where topic = ?", OBSERVATIONS,
            rows -> offsets.put(rows.getInt(1), rows.getLong(2)));
        return offsets;
    }

    private int waitingOnALock() throws SQLException {
        List<Integer> pids = tables.query("select pid from pg_stat_activity where datname = ?"
            + " and wait_event_type = 'Lock'", database.name(), rows -> rows.getInt(1));
        return pids.isEmpty() ? 0 : pids.get(0);
    }
}

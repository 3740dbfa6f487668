package io.streampulse.archive.it;

import static io.streampulse.archive.it.Records.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.streampulse.archive.export.DailyExport;
import io.streampulse.archive.export.ExportManifest;
import io.streampulse.archive.export.JdbcExportSource;
import io.streampulse.archive.outbox.OutboxStore;
import io.streampulse.archive.retention.RetentionJob;
import io.streampulse.archive.retention.RetentionPolicy;
import io.streampulse.archive.retention.RetentionReport;
import io.streampulse.archive.snapshot.SnapshotPartitions;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestPostgres;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Retention (events, snapshot partitions) and the daily export, against the tables the consumer filled. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveMaintenanceIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver dataSourceResolver;

    @TempDir
    Path exports;

    private ArchiveTopics topics;
    private ArchiveDatabase database;
    private DataSource plain;

    @Override
    public Map<String, String> getProperties() {
        topics = new ArchiveTopics();
        return ArchiveContexts.settings(TestPostgres.newDatabase("archive-maintenance"));
    }

    @BeforeAll
    void database() {
        plain = dataSourceResolver.resolve(dataSource);
        database = new ArchiveDatabase(plain);
    }

    @AfterAll
    void closeTopics() {
        topics.close();
    }

    @Test
    void retentionDeletesOldEventsDropsOldPartitionsAndCreatesTheNextOnes() throws Exception {
        // Given a channel event from 40 days before "now" and one from yesterday, and a snapshot partition 40 days old
        Instant now = T.plus(Duration.ofDays(1));
        Records channel = new Records(TestNames.unique("ch"));
        topics.send(Topics.CHANNEL_EVENTS, channel.follow(-40 * 86_400, "old"));
        topics.send(Topics.CHANNEL_EVENTS, channel.follow(0, "recent"));
        await().atMost(WAIT).until(() -> database.events(channel.channel()).size(), size -> size == 2);
        SnapshotPartitions partitions = new SnapshotPartitions(plain);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        partitions.ensure(List.of(today.minusDays(40)));

        // When retention runs with 30 days for both, 3 days ahead
        RetentionReport report = new RetentionJob(plain, partitions, new OutboxStore(),
            new RetentionPolicy(Duration.ofDays(30), Duration.ofDays(30), Duration.ofDays(1), 3),
            Clock.fixed(now, ZoneOffset.UTC)).run();

        // Then the old event and the old partition are gone; today's and the next three days' partitions exist
        assertThat(database.events(channel.channel())).extracting(ArchiveDatabase.StoredEvent::actorId)
            .containsExactly("recent");
        assertThat(report.channelEventsDeleted()).isEqualTo(1);
        assertThat(report.snapshotDaysDropped()).containsExactly(today.minusDays(40));
        assertThat(partitions.existing()).doesNotContain(today.minusDays(40))
            .contains(today, today.plusDays(1), today.plusDays(2), today.plusDays(3));
    }

    @Test
    void theDailyExportWritesYesterdaysSessionsAndSnapshots() throws Exception {
        // Given a session of yesterday archived from its observations
        Records channel = new Records(TestNames.unique("ch"));
        String streamId = TestNames.unique("s");
        StreamState stream = channel.stream(streamId, 0, 10, "509658");
        topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(0, stream));
        topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(60, stream));
        topics.send(Topics.STREAMS_LIFECYCLE, channel.offline(90));
        Instant closedAt = await().atMost(WAIT).until(() -> database.sessions(channel.channel()), s -> s.size() == 1)
            .get(0).closedAt();
        LocalDate day = LocalDate.ofInstant(T, ZoneOffset.UTC);

        // When the day is exported
        ExportManifest manifest = new DailyExport(new JdbcExportSource(plain), exports).export(day);

        // Then the CSV files hold the session and its snapshot (and the day's rows of other tests' channels: the
        // broker is shared and archive reads its topics from the beginning), with the manifest counting them
        Path directory = exports.resolve("dt=" + day);
        assertThat(linesOf(directory.resolve("stream_sessions.csv.gz"), channel.channel())).containsExactly(
            "stream_id,broadcaster_id,broadcaster_login,broadcaster_name,started_at,ended_at,duration_seconds,"
                + "peak_viewers,average_viewers,viewer_minutes,games,titles,tags,language,end_reason,observations,"
                + "closed_at",
            streamId + "," + channel.channel() + "," + channel.login() + ",Name " + channel.channel() + "," + T + ","
                + T.plusSeconds(90) + ",90,10,10,15,\"[{\"\"game_id\"\": \"\"509658\"\", \"\"seconds\"\": 90,"
                + " \"\"game_name\"\": \"\"Game 509658\"\"}]\",\"[\"\"title of " + streamId + "\"\"]\","
                + "\"[\"\"English\"\"]\",en,OFFLINE_EVENT,2," + closedAt);
        assertThat(linesOf(directory.resolve("stream_snapshots.csv.gz"), channel.channel())).containsExactly(
            "broadcaster_id,bucket_start,stream_id,observed_at,viewer_count,game_id,game_name,title,language",
            channel.channel() + "," + T + "," + streamId + "," + T + ",10,509658,Game 509658,title of " + streamId + ",en");
        assertThat(manifest.files()).extracting(ExportManifest.ExportedFile::rows).containsExactly(
            count("select count(*) from stream_sessions where ended_at >= ?::timestamptz"
                + " and ended_at < ?::timestamptz + interval '1 day'", day),
            count("select count(*) from stream_snapshots where bucket_start >= ?::timestamptz"
                + " and bucket_start < ?::timestamptz + interval '1 day'", day));
    }

    /** The header and the lines about one channel. */
    private static List<String> linesOf(Path file, String channel) throws Exception {
        List<String> lines = gunzip(file).lines().toList();
        return java.util.stream.Stream.concat(lines.stream().limit(1),
            lines.stream().skip(1).filter(line -> line.startsWith(channel + ",") || line.contains("," + channel + ",")))
            .toList();
    }

    private long count(String sql, LocalDate day) throws Exception {
        try (var connection = plain.getConnection(); var select = connection.prepareStatement(sql)) {
            select.setString(1, day + "T00:00:00Z");
            select.setString(2, day + "T00:00:00Z");
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String gunzip(Path file) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

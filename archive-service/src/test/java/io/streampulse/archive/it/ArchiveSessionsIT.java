package io.streampulse.archive.it;

import static io.streampulse.archive.it.Records.T;
import static io.streampulse.archive.it.Records.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.streampulse.archive.it.ArchiveDatabase.ArchivedSession;
import io.streampulse.archive.it.ArchiveDatabase.StoredSnapshot;
import io.streampulse.archive.session.ClosedSession;
import io.streampulse.contracts.stream.EndReason;
import io.streampulse.contracts.stream.GamePlayed;
import io.streampulse.contracts.stream.StreamEnded;
import io.streampulse.contracts.stream.StreamObserved;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestPostgres;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Sessions end once, at the right time, are published once, with their snapshots, whatever is delivered again. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveSessionsIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver dataSourceResolver;

    private ArchiveTopics topics;
    private ArchiveDatabase database;

    @Override
    public Map<String, String> getProperties() {
        topics = new ArchiveTopics();
        return ArchiveContexts.settings(TestPostgres.newDatabase("archive-sessions"));
    }

    @BeforeAll
    void database() {
        database = new ArchiveDatabase(dataSourceResolver.resolve(dataSource));
    }

    @AfterAll
    void closeTopics() {
        topics.close();
    }

    @Test
    void absenceBeyondTheGraceEndsTheSessionOnceAtItsLastLiveObservation() throws Exception {
        // Given a stream observed live every minute for six minutes, then absent twice, two minutes apart
        Records channel = new Records(TestNames.unique("ch"));
        String streamId = TestNames.unique("s1");
        List<StreamObserved> script = new ArrayList<>();
        for (int minute = 0; minute < 7; minute++) {
            script.add(channel.live(30 + 60 * minute, channel.stream(streamId, 0, 100 * (minute + 1), "509658")));
        }
        script.add(channel.absent(450));
        script.add(channel.absent(570));
        Instant before = Instant.now();

        // When refresh publishes the observations
        script.forEach(observation -> topics.send(Topics.STREAMS_OBSERVATIONS, observation));

        // Then the session is archived, whole, ended at its last LIVE observation (T+390 s); its viewer-minutes are
        // the 30 s lead-in at 100, the trapezoids between the observations (2400) and half the minute to the first
        // absence at 700: 50 + 2400 + 350 = 2800 over 420 s, 400 on average
        ClosedSession expected = new ClosedSession(streamId, channel.channel(), channel.login(),
            "Name " + channel.channel(), T, at(390), 390, 700, 400.0, 2800,
            List.of(new GamePlayed("509658", "Game 509658", 390)), List.of("title of " + streamId), List.of("English"),
            "en", EndReason.ABSENT_GRACE, 7);
        ArchivedSession archived = await().atMost(WAIT).until(() -> database.sessions(channel.channel()),
            rows -> rows.size() == 1).get(0);
        assertThat(archived).isEqualTo(new ArchivedSession(expected, archived.closedAt(),
            ClosedSession.endedEventId(streamId)));
        assertThat(archived.closedAt()).isBetween(before, Instant.now());

        // And exactly one StreamEnded is published with the same summary
        List<StreamEnded> ended = await().atMost(WAIT).until(
            () -> ArchiveTopics.readAll(Topics.STREAMS_ENDED, channel.channel()), records -> !records.isEmpty());
        assertThat(ended).containsExactly(expected.toEvent(archived.closedAt()));

        // And one snapshot per five minutes, in yesterday's partition
        String partition = "stream_snapshots_p" + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofInstant(T, ZoneOffset.UTC));
        assertThat(database.snapshots(channel.channel())).containsExactly(
            new StoredSnapshot(partition, channel.channel(), T, streamId, at(30), 100, "509658", "title of " + streamId),
            new StoredSnapshot(partition, channel.channel(), at(300), streamId, at(330), 600, "509658",
                "title of " + streamId));

        // When every record is delivered again, and then the channel goes live with a new stream that goes offline
        script.forEach(observation -> topics.send(Topics.STREAMS_OBSERVATIONS, observation));
        String next = TestNames.unique("s2");
        topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(700, channel.stream(next, 690, 10, "509658")));
        topics.send(Topics.STREAMS_LIFECYCLE, channel.offline(760));

        // Then the first session, its snapshots and its StreamEnded are unchanged, and the new one follows (10 viewers
        // for its 10 s lead-in and the 60 s to the offline event: 700 viewer-seconds, 12 viewer-minutes)
        List<ArchivedSession> sessions = await().atMost(WAIT).until(() -> database.sessions(channel.channel()),
            rows -> rows.size() == 2);
        assertThat(sessions.get(0)).isEqualTo(archived);
        assertThat(sessions.get(1).session()).isEqualTo(new ClosedSession(next, channel.channel(), channel.login(),
            "Name " + channel.channel(), at(690), at(760), 70, 10, 10.0, 12,
            List.of(new GamePlayed("509658", "Game 509658", 70)), List.of("title of " + next), List.of("English"), "en",
            EndReason.OFFLINE_EVENT, 1));
        List<StreamEnded> all = await().atMost(WAIT).until(
            () -> ArchiveTopics.readAll(Topics.STREAMS_ENDED, channel.channel()), records -> records.size() >= 2);
        assertThat(all).containsExactly(expected.toEvent(archived.closedAt()),
            sessions.get(1).session().toEvent(sessions.get(1).closedAt()));
        assertThat(database.snapshots(channel.channel())).extracting(StoredSnapshot::streamId)
            .containsExactly(streamId, streamId, next);
    }

    @Test
    void aNewStreamIdEndsTheOldSessionAndTheOfflineEventEndsAtItsTime() throws Exception {
        // Given a stream observed twice, then the channel observed live with a new stream id
        Records channel = new Records(TestNames.unique("ch"));
        String first = TestNames.unique("s1");
        String second = TestNames.unique("s2");
        StreamState firstState = channel.stream(first, 0, 50, "509658");
        topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(0, firstState));
        topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(60, firstState));
        topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(180, channel.stream(second, 170, 80, "33214")));

        // When the second stream goes offline between two observations
        topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(240, channel.stream(second, 170, 90, "33214")));
        topics.send(Topics.STREAMS_LIFECYCLE, channel.offline(270));

        // Then the first ended at its last LIVE observation (NEW_STREAM), the second at the offline event; the first
        // counts half of the 110 s from its last observation to the new stream's start (50 x (60 + 55) s = 96 min),
        // the second its 10 s lead-in, a trapezoid and the 30 s to the offline event ((800 + 5100 + 2700) s = 143)
        List<ArchivedSession> sessions = await().atMost(WAIT).until(() -> database.sessions(channel.channel()),
            rows -> rows.size() == 2);
        assertThat(sessions).extracting(s -> s.session().streamId(), s -> s.session().endedAt(),
                s -> s.session().endReason(), s -> s.session().durationSeconds(), s -> s.session().viewerMinutes())
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(first, at(60), EndReason.NEW_STREAM, 60L, 96L),
                org.assertj.core.groups.Tuple.tuple(second, at(270), EndReason.OFFLINE_EVENT, 100L, 143L));
        List<StreamEnded> ended = await().atMost(WAIT).until(
            () -> ArchiveTopics.readAll(Topics.STREAMS_ENDED, channel.channel()), records -> records.size() >= 2);
        assertThat(ended).extracting(StreamEnded::streamId, StreamEnded::endReason).containsExactly(
            org.assertj.core.groups.Tuple.tuple(first, EndReason.NEW_STREAM),
            org.assertj.core.groups.Tuple.tuple(second, EndReason.OFFLINE_EVENT));
        assertThat(database.openStream(channel.channel())).isEmpty();
    }
}

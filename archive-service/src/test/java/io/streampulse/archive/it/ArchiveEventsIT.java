package io.streampulse.archive.it;

import static io.streampulse.archive.it.Records.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.streampulse.archive.it.ArchiveDatabase.StoredEvent;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.codec.Json;
import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.contracts.deadletter.PayloadEncoding;
import io.streampulse.contracts.event.SchemaVersion;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestPostgres;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Channel events are stored once, bad records are dead-lettered without blocking, revocations erase a user's events. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveEventsIT implements TestPropertyProvider {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = Json.newMapper();

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver dataSourceResolver;

    private ArchiveTopics topics;
    private ArchiveDatabase database;

    @Override
    public Map<String, String> getProperties() {
        topics = new ArchiveTopics();
        return ArchiveContexts.settings(TestPostgres.newDatabase("archive-events"));
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
    void channelEventsAreStoredOnceWithTheirActorAndAmount() throws Exception {
        // Given a follow, a subscription, an anonymous cheer, a raid and a channel update, the follow delivered twice
        Records channel = new Records(TestNames.unique("ch"));
        String raider = TestNames.unique("raider");
        List<ChannelEventReceived> events = List.of(channel.follow(10, "u1"), channel.subscribe(20, "u2", "2000"),
            channel.cheer(30, null, 500), channel.raidedBy(40, raider, 42), channel.update(50, "new title"));

        // When ingest publishes them
        events.forEach(event -> topics.send(Topics.CHANNEL_EVENTS, event));
        topics.send(Topics.CHANNEL_EVENTS, events.get(0));

        // Then each is one row with its actor, amount and tier, keyed by the Twitch message id
        List<StoredEvent> rows = await().atMost(WAIT).until(() -> database.events(channel.channel()), r -> r.size() == 5);
        String id = channel.channel();
        assertThat(rows).containsExactly(
            new StoredEvent(events.get(0).eventId(), id, "channel.follow", "u1", "user_u1", "User u1", null, null, at(10)),
            new StoredEvent(events.get(1).eventId(), id, "channel.subscribe", "u2", "user_u2", "User u2", null, "2000", at(20)),
            new StoredEvent(events.get(2).eventId(), id, "channel.cheer", null, null, null, 500, null, at(30)),
            new StoredEvent(events.get(3).eventId(), id, "channel.raid", raider, "login_" + raider, "Name " + raider, 42,
                null, at(40)),
            new StoredEvent(events.get(4).eventId(), id, "channel.update", null, null, null, null, null, at(50)));

        // And the payload is the whole event as the topic carries it
        List<String> payloads = database.eventPayloads(id);
        for (int i = 0; i < events.size(); i++) {
            assertThat(JSON.readTree(payloads.get(i)))
                .isEqualTo(JSON.readTree(Topics.CHANNEL_EVENTS.valueSerde().serializer().serialize("t", events.get(i))));
        }

        // And the API's two questions are answered from the table: the latest events, and counts per type
        assertThat(database.query("select event_type from channel_events where broadcaster_id = ?"
            + " order by occurred_at desc limit 10", id, r -> r.getString(1))).containsExactly("channel.update",
            "channel.raid", "channel.cheer", "channel.subscribe", "channel.follow");
        assertThat(database.query("select event_type || '=' || count(*) from channel_events where broadcaster_id = ?"
            + " group by event_type order by event_type", id, r -> r.getString(1))).containsExactly("channel.cheer=1",
            "channel.follow=1", "channel.raid=1", "channel.subscribe=1", "channel.update=1");
    }

    @Test
    void aMalformedRecordIsDeadLetteredWithItsReasonAndTheNextOneIsProcessed() throws Exception {
        // Given a record that is not JSON and one whose fields are invalid, then a valid observation, on one partition
        Records channel = new Records(TestNames.unique("ch"));
        String key = channel.channel();
        byte[] notJson = "{\"event_id\": ".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = ("{\"event_id\":\"e\",\"occurred_at\":\"2025-01-01T00:00:00Z\",\"schema_version\":1,"
            + "\"broadcaster_id\":\"" + key + "\",\"status\":\"LIVE\",\"stream\":null}").getBytes(StandardCharsets.UTF_8);
        String streamId = TestNames.unique("s");

        // When they are consumed
        topics.sendRaw(Topics.STREAMS_OBSERVATIONS.name(), key, notJson, new RecordHeaders());
        topics.sendRaw(Topics.STREAMS_OBSERVATIONS.name(), key, invalid, new RecordHeaders());
        topics.send(Topics.STREAMS_OBSERVATIONS, channel.live(0, channel.stream(streamId, 0, 5, "1")));

        // Then the valid one is processed
        await().atMost(WAIT).until(() -> database.openStream(key), open -> open.equals(List.of(streamId)));

        // And both bad ones are on the dead-letter topic, with their reasons and bytes, under their key
        List<DeadLetterRecord> letters = await().atMost(WAIT).until(() -> ArchiveTopics.readAll(Topics.DEADLETTER, key),
            found -> found.size() >= 2);
        assertThat(letters).hasSize(2);
        assertThat(letters).extracting(DeadLetterRecord::sourceTopic, DeadLetterRecord::key, DeadLetterRecord::payload,
                DeadLetterRecord::payloadEncoding, DeadLetterRecord::errorType, DeadLetterRecord::service,
                DeadLetterRecord::schemaVersion)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(Topics.STREAMS_OBSERVATIONS.name(), key,
                    new String(notJson, StandardCharsets.UTF_8), PayloadEncoding.UTF8, "not_json", "archive",
                    SchemaVersion.CURRENT),
                org.assertj.core.groups.Tuple.tuple(Topics.STREAMS_OBSERVATIONS.name(), key,
                    new String(invalid, StandardCharsets.UTF_8), PayloadEncoding.UTF8, "invalid_field", "archive",
                    SchemaVersion.CURRENT));
        assertThat(letters.get(1).errorMessage()).contains("stream");
        assertThat(letters.get(1).offset()).isEqualTo(letters.get(0).offset() + 1);
    }

    @Test
    void aRevocationErasesTheEventsTheUserActedInAndKeepsThemErased() throws Exception {
        // Given events of user u in two channels, and of another user
        Records first = new Records(TestNames.unique("ch"));
        Records second = new Records(TestNames.unique("ch"));
        String user = TestNames.unique("u");
        String other = TestNames.unique("v");
        ChannelFollowed follow = first.follow(10, user);
        topics.send(Topics.CHANNEL_EVENTS, follow);
        topics.send(Topics.CHANNEL_EVENTS, second.cheer(20, user, 100));
        topics.send(Topics.CHANNEL_EVENTS, first.follow(30, other));
        await().atMost(WAIT).until(() -> database.events(first.channel()).size() + database.events(second.channel()).size(),
            count -> count == 3);

        // When the user revokes the app's authorization
        topics.send(Topics.USERS_REVOKED, Records.revoked(100, user));

        // Then within a minute their events are gone, the other user's stay
        await().atMost(Duration.ofMinutes(1)).until(() -> database.events(second.channel()), List::isEmpty);
        assertThat(database.events(first.channel())).extracting(StoredEvent::actorId).containsExactly(other);

        // When their old event is delivered again, followed by a new event of the other user
        topics.send(Topics.CHANNEL_EVENTS, follow);
        ChannelFollowed later = first.follow(200, other + "-2");
        topics.send(Topics.CHANNEL_EVENTS, later);

        // Then it is not stored again
        await().atMost(WAIT).until(() -> database.events(first.channel()), rows -> rows.size() == 2);
        assertThat(database.events(first.channel())).extracting(StoredEvent::actorId).containsExactly(other, other + "-2");
    }
}

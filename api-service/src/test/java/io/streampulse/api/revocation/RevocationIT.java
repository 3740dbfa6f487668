package io.streampulse.api.revocation;

import static io.streampulse.api.user.fixtures.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.streampulse.api.user.fixtures.Browser;
import io.streampulse.api.user.fixtures.TwitchLogins;
import io.streampulse.api.user.fixtures.UsersStack;
import io.streampulse.api.user.fixtures.WatchlistRecords;
import io.streampulse.contracts.deadletter.DeadLetterRecord;
import io.streampulse.contracts.examples.ContractExamples;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import io.streampulse.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * twitch.users.revoked.v1: a user who withdrew the app's authorization loses every row within a minute, as with
 * DELETE /api/v1/me; malformed records go to the dead-letter topic. Users 30..39 of the simulator.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevocationIT {

    private UsersStack stack;
    private TwitchLogins logins;
    private KafkaProducer<String, byte[]> producer;

    @BeforeAll
    void start() {
        stack = UsersStack.start("api-revocation", Map.of());
        logins = new TwitchLogins(stack);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
            new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    void stop() {
        producer.close();
        stack.close();
    }

    @Test
    void aRevokedUserLosesAllTheirDataWithinAMinute() throws Exception {
        // Given user 30 logged in with channel 35 as favourite, and user 31 logged in too
        Browser revoking = new Browser(stack);
        logins.logIn(revoking, stack.login(30), false);
        revoking.send("PUT", stack.url("/api/v1/me/favourite"), "{\"login\":\"" + stack.login(35) + "\"}");
        Browser other = new Browser(stack);
        logins.logIn(other, stack.login(31), false);
        String user = stack.userId(30);
        String channel = stack.userId(35);
        try (WatchlistRecords watchlist = new WatchlistRecords()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> watchlist.latest(channel) != null);

            // When ingest reports that user 30 revoked the app (the contract's example record, for this user)
            UserAuthorizationRevoked example = ContractExamples.read(Topics.USERS_REVOKED, "revoked");
            UserAuthorizationRevoked revoked = new UserAuthorizationRevoked(UUID.randomUUID().toString(),
                example.occurredAt(), example.schemaVersion(), example.clientId(), user, stack.login(30), "Revoker");
            producer.send(new ProducerRecord<>(Topics.USERS_REVOKED.name(), user,
                Topics.USERS_REVOKED.valueSerde().serializer().serialize(Topics.USERS_REVOKED.name(), revoked))).get();

            // Then within a minute nothing of theirs is stored, the channel is a tombstone, their session is void
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(stack.query(
                "select (select count(*) from users where user_id = '" + user + "')"
                    + " + (select count(*) from sessions where user_id = '" + user + "')"
                    + " + (select count(*) from favourites where user_id = '" + user + "')"))
                .containsExactly("0"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(watchlist.latest(channel)).isEmpty());
            assertProblem(revoking.get(stack.url("/api/v1/me")), 401);

            // And the other user is untouched
            assertThat(other.get(stack.url("/api/v1/me")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aMalformedRevocationIsDeadLetteredAndTheNextOneStillApplies() throws Exception {
        // Given user 32 logged in, and a dead-letter reader
        Browser user = new Browser(stack);
        logins.logIn(user, stack.login(32), false);
        String key = "malformed-" + UUID.randomUUID();
        try (KafkaConsumer<String, DeadLetterRecord> deadLetters = deadLetterReader()) {
            // When a record that is not JSON arrives, then a valid revocation of user 32
            producer.send(new ProducerRecord<>(Topics.USERS_REVOKED.name(), key,
                "{not json".getBytes(StandardCharsets.UTF_8))).get();
            UserAuthorizationRevoked revoked = new UserAuthorizationRevoked(UUID.randomUUID().toString(),
                java.time.Instant.now(), 1, "streampulse-local", stack.userId(32), null, null);
            producer.send(new ProducerRecord<>(Topics.USERS_REVOKED.name(), stack.userId(32),
                Topics.USERS_REVOKED.valueSerde().serializer().serialize(Topics.USERS_REVOKED.name(), revoked))).get();

            // Then the malformed one is dead-lettered with its reason, and the valid one erases the user
            List<DeadLetterRecord> found = new ArrayList<>();
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
                deadLetters.poll(Duration.ofMillis(200)).forEach(r -> found.add(r.value()));
                assertThat(found).filteredOn(d -> key.equals(d.key())).singleElement().satisfies(d -> {
                    assertThat(d.sourceTopic()).isEqualTo(Topics.USERS_REVOKED.name());
                    assertThat(d.errorType()).isEqualTo("not_json");
                    assertThat(d.payload()).isEqualTo("{not json");
                });
            });
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(stack.query(
                "select count(*) from users where user_id = '" + stack.userId(32) + "'")).containsExactly("0"));
        }
    }

    private static KafkaConsumer<String, DeadLetterRecord> deadLetterReader() {
        KafkaConsumer<String, DeadLetterRecord> consumer = new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
            Topics.DEADLETTER.keySerde().deserializer(), Topics.DEADLETTER.valueSerde().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEADLETTER.name()).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }
}

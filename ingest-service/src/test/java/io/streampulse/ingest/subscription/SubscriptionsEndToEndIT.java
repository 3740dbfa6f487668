package io.streampulse.ingest.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.streampulse.contracts.channel.ChannelCheered;
import io.streampulse.contracts.channel.ChannelEventReceived;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.channel.ChannelUpdated;
import io.streampulse.contracts.stream.DiscoverySource;
import io.streampulse.contracts.stream.StreamDiscovered;
import io.streampulse.contracts.stream.StreamLifecycleEvent;
import io.streampulse.contracts.stream.StreamWentOnline;
import io.streampulse.contracts.topic.Services;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import io.streampulse.ingest.TopicTail;
import io.streampulse.testkit.TestKafka;
import io.streampulse.testkit.TestNames;
import io.streampulse.testkit.TestRedis;
import io.streampulse.twitch.eventsub.EventSubSubscription;
import io.streampulse.twitchsim.SimConfig;
import io.streampulse.twitchsim.TwitchSimulator;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The running service against the simulated Twitch, which delivers signed webhooks to it: subscriptions follow the
 * watchlist both ways, notifications become records on the topics, a revoked subscription is repaired, and a
 * restart changes nothing. One scenario in steps, sharing one simulator and one watchlist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriptionsEndToEndIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> ALWAYS = List.of("channel.raid", "channel.raid", "channel.update",
        "stream.offline", "stream.online");
    private static final List<String> AUTHORIZED = List.of("channel.cheer", "channel.follow", "channel.subscribe",
        "channel.subscription.gift", "channel.subscription.message");

    private TwitchSimulator sim;
    private Map<String, Object> properties;
    private EmbeddedServer ingest;
    private SimSubscriptions subscriptions;
    private WatchlistWriter watchlist;
    private String authorized;
    private String unauthorized;
    private String eventsOnly;

    @BeforeAll
    void start() {
        TestKafka.createTopics(Topics.writtenBy(Services.INGEST));
        TestKafka.createTopics(List.of(Topics.WATCHLIST));
        sim = TwitchSimulator.start(SimConfig.defaults().withPort(0).withChannels(300).withLiveShare(0.3)
            .withAllowHttpCallbacks(true).withDuplicateDeliveryRate(0.0).withEventRatePerChannel(0.0));
        int port = freePortOutsideTheEphemeralRange();
        String callback = "http://127.0.0.1:" + port + "/webhooks/eventsub";
        properties = properties(port, callback);
        ingest = ApplicationContext.run(EmbeddedServer.class, properties);
        subscriptions = new SimSubscriptions(sim, callback);
        watchlist = new WatchlistWriter();
        List<String> live = sim.groundTruth().liveSessions().stream().map(SessionRecord::broadcasterId).toList();
        authorized = live.get(0);
        unauthorized = live.get(1);
        eventsOnly = live.get(2);
        sim.control().authorizeBroadcaster(authorized, "moderator:read:followers", "channel:read:subscriptions",
            "bits:read");
    }

    private Map<String, Object> properties(int port, String callback) {
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", port);
        p.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        p.put("redis.uri", TestRedis.uri());
        p.put("streampulse.ingest.redis-prefix", TestNames.unique("ingest") + ":");
        p.put("twitch.budget.key-prefix", TestNames.unique("budget") + ":");
        p.put("twitch.helix-url", sim.helixUrl());
        p.put("twitch.auth-url", sim.authUrl());
        p.put("twitch.eventsub.secret", "end-to-end-eventsub-secret");
        p.put("twitch.eventsub.callback-url", callback);
        p.put("streampulse.subscriptions.group-id", TestNames.unique("streampulse-ingest"));
        p.put("streampulse.sweep.enabled", "false");
        return p;
    }

    @AfterAll
    void stop() {
        ingest.getApplicationContext().close();
        subscriptions.close();
        watchlist.close();
        sim.close();
    }

    @Test
    @Order(1)
    void subscriptionsFollowTheWatchlistBothWays() {
        // When three channels are watched, two asking for authorized events, one of those authorized
        watchlist.watch(authorized, true);
        watchlist.watch(unauthorized, true);
        watchlist.watch(eventsOnly, false);

        // Then each has what it may have (the unauthorized one: no authorized events), plus the app's revoke
        await().atMost(WAIT).untilAsserted(() -> assertThat(typesByChannel()).isEqualTo(Map.of(
            "app", List.of("user.authorization.revoke"), authorized, sorted(ALWAYS, AUTHORIZED),
            unauthorized, ALWAYS, eventsOnly, ALWAYS)));

        // When nobody watches one any more, its subscriptions go
        watchlist.unwatch(eventsOnly);
        await().atMost(WAIT).untilAsserted(() -> assertThat(typesByChannel()).doesNotContainKey(eventsOnly));
        assertThat(subscriptions.all()).noneMatch(s -> SimSubscriptions.channel(s).equals(eventsOnly));
    }

    @Test
    @Order(2)
    void notificationsFromTwitchBecomeRecordsOnTheTopics() {
        try (TopicTail<ChannelEventReceived> events = TopicTail.of(Topics.CHANNEL_EVENTS);
             TopicTail<StreamLifecycleEvent> lifecycle = TopicTail.of(Topics.STREAMS_LIFECYCLE);
             TopicTail<StreamDiscovered> discovered = TopicTail.of(Topics.STREAMS_DISCOVERED)) {
            // When things happen on the watched channels
            String follow = sim.control().triggerEvent("channel.follow", authorized).get(0);
            String cheer = sim.control().triggerEvent("channel.cheer", authorized, true).get(0);
            String update = sim.control().triggerEvent("channel.update", unauthorized).get(0);
            sim.control().forceOffline(unauthorized);
            sim.control().forceOnline(unauthorized);

            // Then each is on its topic under the Twitch message id
            Set<String> ids = Set.of(follow, cheer, update);
            List<ChannelEventReceived> channelEvents = events.await(r -> ids.contains(r.value().eventId()), 3, WAIT)
                .stream().map(r -> r.value()).toList();
            assertThat(channelEvents).extracting(e -> e.getClass().getSimpleName() + ":" + e.broadcasterId())
                .containsExactlyInAnyOrder(ChannelFollowed.class.getSimpleName() + ":" + authorized,
                    ChannelCheered.class.getSimpleName() + ":" + authorized,
                    ChannelUpdated.class.getSimpleName() + ":" + unauthorized);
            assertThat(channelEvents).filteredOn(e -> e instanceof ChannelCheered)
                .allSatisfy(e -> assertThat(((ChannelCheered) e).isAnonymous()).isTrue());
            StreamWentOnline online = (StreamWentOnline) lifecycle.await(r -> r.key().equals(unauthorized)
                && r.value() instanceof StreamWentOnline, 1, WAIT).get(0).value();
            StreamDiscovered discovery = discovered.await(r -> r.value().stream().streamId()
                .equals(online.streamId()), 1, WAIT).get(0).value();
            assertThat(discovery.source()).isEqualTo(DiscoverySource.EVENTSUB);
            assertThat(discovery.stream().broadcasterId()).isEqualTo(unauthorized);
        }
    }

    @Test
    @Order(3)
    void revokedSubscriptionsAreRepairedWhereAllowed() {
        try (TopicTail<UserAuthorizationRevoked> revoked = TopicTail.of(Topics.USERS_REVOKED)) {
            // When Twitch revokes one subscription
            EventSubSubscription online = subscriptions.enabled().stream()
                .filter(s -> s.type().equals("stream.online") && SimSubscriptions.channel(s).equals(authorized))
                .findFirst().orElseThrow();
            sim.control().revokeSubscription(online.id(), "notification_failures_exceeded");

            // Then it is replaced by a new one
            await().atMost(WAIT).untilAsserted(() -> assertThat(subscriptions.enabled())
                .filteredOn(s -> s.type().equals("stream.online") && SimSubscriptions.channel(s).equals(authorized))
                .extracting(EventSubSubscription::id).hasSize(1).doesNotContain(online.id()));

            // When the broadcaster withdraws the app's authorization
            sim.control().revokeUser(authorized);

            // Then that is published, and the channel keeps only what needs no authorization
            assertThat(revoked.await(r -> r.key().equals(authorized), 1, WAIT)).hasSize(1);
            await().atMost(WAIT).untilAsserted(() -> assertThat(typesByChannel().get(authorized)).isEqualTo(ALWAYS));
            assertThat(subscriptions.all()).filteredOn(s -> SimSubscriptions.channel(s).equals(authorized))
                .extracting(EventSubSubscription::status).containsOnly("enabled");
        }
    }

    @Test
    @Order(4)
    void aRestartKeepsTheSubscriptionsWithoutDuplicates() {
        // Given the subscriptions as they are
        Set<String> before = ids(subscriptions.all());

        // When the service restarts and has reconciled again
        ingest.getApplicationContext().close();
        int port = (Integer) properties.get("micronaut.server.port");
        await().atMost(WAIT).until(() -> isFree(port));
        ingest = ApplicationContext.run(EmbeddedServer.class, properties);
        MeterRegistry meters = ingest.getApplicationContext().getBean(MeterRegistry.class);
        await().atMost(WAIT).until(() -> meters.find("ingest.subscriptions.active").gauge() != null
            && meters.find("ingest.subscriptions.active").gauge().value() == before.size());

        // Then nothing was created or deleted, and no subscription exists twice
        assertThat(ids(subscriptions.all())).isEqualTo(before);
        assertThat(subscriptions.all()).extracting(s -> s.type() + s.condition()).doesNotHaveDuplicates();
    }

    /**
     * The callback URL must survive the restart, so the port is fixed; it is taken below the ephemeral range, where
     * no outgoing connection of the test (Kafka, Redis, Helix) can grab it while the service is down.
     */
    private static int freePortOutsideTheEphemeralRange() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + ThreadLocalRandom.current().nextInt(10_000);
            if (isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port in 20000-29999");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Map<String, List<String>> typesByChannel() {
        return subscriptions.enabled().stream().collect(Collectors.groupingBy(SimSubscriptions::channel,
            Collectors.mapping(EventSubSubscription::type, Collectors.collectingAndThen(Collectors.toList(),
                l -> l.stream().sorted().toList()))));
    }

    private static List<String> sorted(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).sorted().toList();
    }

    private static Set<String> ids(List<EventSubSubscription> all) {
        return all.stream().map(EventSubSubscription::id).collect(Collectors.toSet());
    }
}

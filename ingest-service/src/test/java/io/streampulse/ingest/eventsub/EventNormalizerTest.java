package io.streampulse.ingest.eventsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.streampulse.contracts.channel.ChannelCheered;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.channel.ChannelRaided;
import io.streampulse.contracts.channel.ChannelResubscribed;
import io.streampulse.contracts.channel.ChannelSubscribed;
import io.streampulse.contracts.channel.ChannelSubscriptionGifted;
import io.streampulse.contracts.channel.ChannelUpdated;
import io.streampulse.contracts.stream.StreamWentOffline;
import io.streampulse.contracts.stream.StreamWentOnline;
import io.streampulse.contracts.topic.Topics;
import io.streampulse.contracts.user.UserAuthorizationRevoked;
import io.streampulse.ingest.eventsub.EventNormalizer.Normalized;
import io.streampulse.ingest.publish.Publication;
import io.streampulse.twitch.eventsub.EventSubMessage;
import io.streampulse.twitch.eventsub.EventSubParseResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every supported notification becomes exactly the contract record of its topic, keyed by the channel. */
class EventNormalizerTest {

    private static final String ID = "befa7b53-d79d-478f-86b9-120f112b044e";
    private static final Instant AT = Instant.parse("2026-03-02T12:00:00.123456789Z");

    @Test
    void streamOnlineGoesToLifecycleAndIsOfferedForDiscovery() {
        Normalized normalized = normalize(Payloads.streamOnline("1337", "9001"));

        StreamWentOnline expected = new StreamWentOnline(ID, AT, 1, "9001", "1337", "cool_user", "Cool_User", "live",
            Instant.parse("2020-10-11T10:11:12.123Z"));
        assertThat(normalized).isEqualTo(new Normalized(
            List.of(new Publication<>(Topics.STREAMS_LIFECYCLE, "1337", expected)), expected));
    }

    @Test
    void streamOfflineGoesToLifecycle() {
        assertThat(normalize(Payloads.streamOffline("1337"))).isEqualTo(Normalized.of(new Publication<>(
            Topics.STREAMS_LIFECYCLE, "1337", new StreamWentOffline(ID, AT, 1, "1337", "cool_user", "Cool_User"))));
    }

    @Test
    void channelEventsGoToChannelEventsKeyedByBroadcaster() {
        assertThat(channelEvent(Payloads.follow("1337"))).isEqualTo(new ChannelFollowed(ID, AT, 1, "1337",
            "cooler_user", "Cooler_User", "1234", "cool_user", "Cool_User",
            Instant.parse("2020-07-15T18:16:11.17106713Z")));
        assertThat(channelEvent(Payloads.subscribe("1337"))).isEqualTo(new ChannelSubscribed(ID, AT, 1, "1337",
            "cooler_user", "Cooler_User", "1234", "cool_user", "Cool_User", "1000", false));
        assertThat(channelEvent(Payloads.gift("1337", false))).isEqualTo(new ChannelSubscriptionGifted(ID, AT, 1,
            "1337", "cooler_user", "Cooler_User", "1234", "cool_user", "Cool_User", 2, "1000", 284, false));
        assertThat(channelEvent(Payloads.resub("1337"))).isEqualTo(new ChannelResubscribed(ID, AT, 1, "1337",
            "cooler_user", "Cooler_User", "1234", "cool_user", "Cool_User", "1000", "Love the stream! FevziGG", 15, 1,
            6));
        assertThat(channelEvent(Payloads.cheer("1337", false))).isEqualTo(new ChannelCheered(ID, AT, 1, "1337",
            "cooler_user", "Cooler_User", false, "1234", "cool_user", "Cool_User", "pogchamp", 1000));
        assertThat(channelEvent(Payloads.channelUpdate("1337"))).isEqualTo(new ChannelUpdated(ID, AT, 1, "1337",
            "cool_user", "Cool_User", "Best Stream Ever", "en", "12453", "Grand Theft Auto", List.of("MatureGame")));
    }

    @Test
    void anonymousGiftsAndCheersHaveNoUser() {
        assertThat(channelEvent(Payloads.gift("1337", true))).isEqualTo(new ChannelSubscriptionGifted(ID, AT, 1,
            "1337", "cooler_user", "Cooler_User", null, null, null, 2, "1000", null, true));
        assertThat(channelEvent(Payloads.cheer("1337", true))).isEqualTo(new ChannelCheered(ID, AT, 1, "1337",
            "cooler_user", "Cooler_User", true, null, null, null, "pogchamp", 1000));
    }

    @Test
    void aRaidIsFiledUnderTheChannelTheSubscriptionWatches() {
        assertThat(channelEvent(Payloads.raidTo("1337"))).isEqualTo(new ChannelRaided(ID, AT, 1, "1337",
            "cooler_user", "Cooler_User", "1234", "cool_user", "Cool_User", "1337", "cooler_user", "Cooler_User",
            9001));
    }

    @Test
    void authorizationRevokeGoesToUsersRevokedKeyedByUser() {
        assertThat(normalize(Payloads.authorizationRevoke("1337"))).isEqualTo(Normalized.of(new Publication<>(
            Topics.USERS_REVOKED, "1337", new UserAuthorizationRevoked(ID, AT, 1, "crq72vsaoijkc83xx42hz6i37",
                "1337", "cool_user", "Cool_User"))));
    }

    @Test
    void contentTheContractRefusesIsAnError() {
        String badTier = Payloads.subscribe("1337").replace("\"tier\":\"1000\"", "\"tier\":\"4000\"");

        assertThatThrownBy(() -> normalize(badTier)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("tier");
    }

    private static Object channelEvent(String body) {
        Normalized normalized = normalize(body);
        assertThat(normalized.online()).isNull();
        assertThat(normalized.publications()).hasSize(1);
        Publication<?> publication = normalized.publications().get(0);
        assertThat(publication.topic()).isEqualTo(Topics.CHANNEL_EVENTS);
        assertThat(publication.key()).isEqualTo("1337");
        return publication.value();
    }

    private static Normalized normalize(String body) {
        EventSubParseResult parsed = EventSubMessage.parse("notification", body.getBytes(StandardCharsets.UTF_8));
        EventSubMessage.Notification notification = (EventSubMessage.Notification)
            ((EventSubParseResult.Parsed) parsed).message();
        return EventNormalizer.normalize(ID, AT, notification);
    }
}

package io.streampulse.contracts.samples;

import io.streampulse.contracts.channel.ChannelCheered;
import io.streampulse.contracts.channel.ChannelFollowed;
import io.streampulse.contracts.channel.ChannelRaided;
import io.streampulse.contracts.channel.ChannelResubscribed;
import io.streampulse.contracts.channel.ChannelSubscribed;
import io.streampulse.contracts.channel.ChannelSubscriptionGifted;
import io.streampulse.contracts.channel.ChannelUpdated;
import java.time.Instant;
import java.util.List;

/** Sample channel events, modelled on the EventSub fixtures (event_id = Twitch message id). */
public final class ChannelSamples {

    static final Instant AT = Instant.parse("2020-07-15T18:16:11.171Z");

    private ChannelSamples() {
    }

    public static ChannelFollowed followed() {
        return new ChannelFollowed("befa7b53-d79d-478f-86b9-120f112b044e", AT, 1, "1337", "cooler_user",
            "Cooler_User", "1234", "cool_user", "Cool_User", Instant.parse("2020-07-15T18:16:11.17106713Z"));
    }

    public static ChannelSubscribed subscribed() {
        return new ChannelSubscribed("a1b2c3d4-0001-4000-8000-000000000001", AT, 1, "1337", "cooler_user",
            "Cooler_User", "1234", "cool_user", "Cool_User", "1000", false);
    }

    public static ChannelSubscriptionGifted gifted() {
        return new ChannelSubscriptionGifted("a1b2c3d4-0002-4000-8000-000000000002", AT, 1, "1337", "cooler_user",
            "Cooler_User", "1234", "cool_user", "Cool_User", 2, "1000", 284, false);
    }

    public static ChannelSubscriptionGifted giftedAnonymously() {
        return new ChannelSubscriptionGifted("a1b2c3d4-0003-4000-8000-000000000003", AT, 1, "1337", "cooler_user",
            "Cooler_User", null, null, null, 5, "2000", null, true);
    }

    public static ChannelResubscribed resubscribed() {
        return new ChannelResubscribed("a1b2c3d4-0004-4000-8000-000000000004", AT, 1, "1337", "cooler_user",
            "Cooler_User", "1234", "cool_user", "Cool_User", "1000", "Love the stream! FevziGG", 15, 1, 6);
    }

    public static ChannelCheered cheered() {
        return new ChannelCheered("a1b2c3d4-0005-4000-8000-000000000005", AT, 1, "1337", "cooler_user",
            "Cooler_User", false, "1234", "cool_user", "Cool_User", "pogchamp", 1000);
    }

    public static ChannelCheered cheeredAnonymously() {
        return new ChannelCheered("a1b2c3d4-0006-4000-8000-000000000006", AT, 1, "1337", "cooler_user",
            "Cooler_User", true, null, null, null, "Cheer100", 100);
    }

    public static ChannelRaided raided() {
        return new ChannelRaided("a1b2c3d4-0007-4000-8000-000000000007", AT, 1, "1337", "cooler_user",
            "Cooler_User", "1234", "cool_user", "Cool_User", "1337", "cooler_user", "Cooler_User", 9001);
    }

    public static ChannelUpdated updated() {
        return new ChannelUpdated("a1b2c3d4-0008-4000-8000-000000000008", AT, 1, "1337", "cool_user", "Cool_User",
            "Best Stream Ever", "en", "12453", "Grand Theft Auto", List.of("MatureGame"));
    }
}

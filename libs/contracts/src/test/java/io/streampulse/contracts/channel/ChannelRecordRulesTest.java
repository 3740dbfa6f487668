package io.streampulse.contracts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.streampulse.contracts.samples.ChannelSamples;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelRecordRulesTest {

    private static final Instant AT = Instant.parse("2020-07-15T18:16:11Z");

    @Test
    void anonymousGiftKeepsNoUserEvenWhenTwitchSendsEmptyStrings() {
        ChannelSubscriptionGifted gift = new ChannelSubscriptionGifted("m", AT, 1, "1337", "cooler_user",
            "Cooler_User", "", "", "", 1, "1000", null, true);

        assertThat(List.of(String.valueOf(gift.userId()), String.valueOf(gift.userLogin()),
            String.valueOf(gift.userName()))).containsOnly("null");
    }

    @Test
    void namedGiftOrCheerNeedsTheUser() {
        assertThatThrownBy(() -> new ChannelSubscriptionGifted("m", AT, 1, "1337", "c", "C", null, null, null, 1,
            "1000", null, false)).hasMessage("user_id is required");
        assertThatThrownBy(() -> new ChannelCheered("m", AT, 1, "1337", "c", "C", false, "1", "", "U", "hi", 10))
            .hasMessage("user_login must not be blank");
    }

    @Test
    void tierMustBeATwitchTier() {
        assertThatThrownBy(() -> new ChannelSubscribed("m", AT, 1, "1337", "c", "C", "1", "u", "U", "prime", false))
            .hasMessage("tier must be one of 1000, 2000, 3000 but was prime");
    }

    @Test
    void raidIsFiledUnderTheRaidingOrTheRaidedChannel() {
        assertThatThrownBy(() -> new ChannelRaided("m", AT, 1, "42", "x", "X", "1234", "a", "A", "1337", "b", "B", 5))
            .hasMessage("broadcaster_id 42 must be from_broadcaster_id or to_broadcaster_id");
    }

    @Test
    void everyEventIsDispatchedToTheVisitorMethodOfItsType() {
        List<ChannelEventReceived> events = List.of(ChannelSamples.followed(), ChannelSamples.subscribed(),
            ChannelSamples.gifted(), ChannelSamples.resubscribed(), ChannelSamples.cheered(), ChannelSamples.raided(),
            ChannelSamples.updated());

        assertThat(events).extracting(e -> e.accept(new EventTypeNames()))
            .containsExactlyElementsOf(events.stream().map(ChannelEventReceived::eventType).toList());
    }

    /** Answers the Twitch type each visitor method is meant for, so a mis-wired accept() shows up. */
    private static final class EventTypeNames implements ChannelEventReceived.Visitor<String> {
        @Override
        public String followed(ChannelFollowed event) {
            return "channel.follow";
        }

        @Override
        public String subscribed(ChannelSubscribed event) {
            return "channel.subscribe";
        }

        @Override
        public String subscriptionGifted(ChannelSubscriptionGifted event) {
            return "channel.subscription.gift";
        }

        @Override
        public String resubscribed(ChannelResubscribed event) {
            return "channel.subscription.message";
        }

        @Override
        public String cheered(ChannelCheered event) {
            return "channel.cheer";
        }

        @Override
        public String raided(ChannelRaided event) {
            return "channel.raid";
        }

        @Override
        public String updated(ChannelUpdated event) {
            return "channel.update";
        }
    }
}

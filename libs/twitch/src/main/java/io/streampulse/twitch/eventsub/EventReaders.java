package io.streampulse.twitch.eventsub;

import io.streampulse.twitch.eventsub.EventSubEvent.ChannelCheer;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelFollow;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelRaid;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelSubscribe;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelSubscriptionGift;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelSubscriptionMessage;
import io.streampulse.twitch.eventsub.EventSubEvent.ChannelUpdate;
import io.streampulse.twitch.eventsub.EventSubEvent.Emote;
import io.streampulse.twitch.eventsub.EventSubEvent.Message;
import io.streampulse.twitch.eventsub.EventSubEvent.StreamOffline;
import io.streampulse.twitch.eventsub.EventSubEvent.StreamOnline;
import io.streampulse.twitch.eventsub.EventSubEvent.UserAuthorizationRevoke;

/** One reader per supported event: required fields must be present, optional ones may be null. */
final class EventReaders {

    private EventReaders() {
    }

    static EventSubEvent streamOnline(JsonFields e) {
        return new StreamOnline(e.text("id"), e.text("broadcaster_user_id"), e.text("broadcaster_user_login"),
                e.text("broadcaster_user_name"), e.text("type"), e.instant("started_at"));
    }

    static EventSubEvent streamOffline(JsonFields e) {
        return new StreamOffline(e.text("broadcaster_user_id"), e.text("broadcaster_user_login"),
                e.text("broadcaster_user_name"));
    }

    static EventSubEvent channelUpdate(JsonFields e) {
        return new ChannelUpdate(e.text("broadcaster_user_id"), e.text("broadcaster_user_login"),
                e.text("broadcaster_user_name"), e.textAllowEmpty("title"), e.textAllowEmpty("language"),
                e.optionalText("category_id"), e.optionalText("category_name"),
                e.textList("content_classification_labels"));
    }

    static EventSubEvent channelFollow(JsonFields e) {
        return new ChannelFollow(e.text("user_id"), e.text("user_login"), e.text("user_name"),
                e.text("broadcaster_user_id"), e.text("broadcaster_user_login"), e.text("broadcaster_user_name"),
                e.instant("followed_at"));
    }

    static EventSubEvent channelSubscribe(JsonFields e) {
        return new ChannelSubscribe(e.text("user_id"), e.text("user_login"), e.text("user_name"),
                e.text("broadcaster_user_id"), e.text("broadcaster_user_login"), e.text("broadcaster_user_name"),
                e.text("tier"), e.bool("is_gift"));
    }

    static EventSubEvent channelSubscriptionGift(JsonFields e) {
        boolean anonymous = e.bool("is_anonymous");
        return new ChannelSubscriptionGift(user(e, anonymous, "user_id"), user(e, anonymous, "user_login"),
                user(e, anonymous, "user_name"), e.text("broadcaster_user_id"), e.text("broadcaster_user_login"),
                e.text("broadcaster_user_name"), e.integer("total"), e.text("tier"),
                e.optionalInteger("cumulative_total"), anonymous);
    }

    static EventSubEvent channelSubscriptionMessage(JsonFields e) {
        JsonFields m = e.object("message");
        Message message = new Message(m.textAllowEmpty("text"), m.objects("emotes").stream()
                .map(x -> new Emote(x.integer("begin"), x.integer("end"), x.text("id"))).toList());
        return new ChannelSubscriptionMessage(e.text("user_id"), e.text("user_login"), e.text("user_name"),
                e.text("broadcaster_user_id"), e.text("broadcaster_user_login"), e.text("broadcaster_user_name"),
                e.text("tier"), message, e.integer("cumulative_months"), e.optionalInteger("streak_months"),
                e.integer("duration_months"));
    }

    static EventSubEvent channelCheer(JsonFields e) {
        boolean anonymous = e.bool("is_anonymous");
        return new ChannelCheer(anonymous, user(e, anonymous, "user_id"), user(e, anonymous, "user_login"),
                user(e, anonymous, "user_name"), e.text("broadcaster_user_id"), e.text("broadcaster_user_login"),
                e.text("broadcaster_user_name"), e.textAllowEmpty("message"), e.integer("bits"));
    }

    static EventSubEvent channelRaid(JsonFields e) {
        return new ChannelRaid(e.text("from_broadcaster_user_id"), e.text("from_broadcaster_user_login"),
                e.text("from_broadcaster_user_name"), e.text("to_broadcaster_user_id"),
                e.text("to_broadcaster_user_login"), e.text("to_broadcaster_user_name"), e.integer("viewers"));
    }

    static EventSubEvent userAuthorizationRevoke(JsonFields e) {
        return new UserAuthorizationRevoke(e.text("client_id"), e.text("user_id"), e.optionalText("user_login"),
                e.optionalText("user_name"));
    }

    /** Anonymous: always null (Twitch null, CLI ""). Otherwise required. */
    private static String user(JsonFields e, boolean anonymous, String field) {
        return anonymous ? null : e.text(field);
    }
}

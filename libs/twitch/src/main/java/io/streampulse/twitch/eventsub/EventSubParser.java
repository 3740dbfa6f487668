package io.streampulse.twitch.eventsub;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.twitch.TwitchJson;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/** Body → {@link EventSubParseResult}: envelope, message type, then the event reader of type + version. */
final class EventSubParser {

    private static final Map<String, Function<JsonFields, EventSubEvent>> READERS = Map.of(
            "stream.online/1", EventReaders::streamOnline,
            "stream.offline/1", EventReaders::streamOffline,
            "channel.update/2", EventReaders::channelUpdate,
            "channel.follow/2", EventReaders::channelFollow,
            "channel.subscribe/1", EventReaders::channelSubscribe,
            "channel.subscription.gift/1", EventReaders::channelSubscriptionGift,
            "channel.subscription.message/1", EventReaders::channelSubscriptionMessage,
            "channel.cheer/1", EventReaders::channelCheer,
            "channel.raid/1", EventReaders::channelRaid,
            "user.authorization.revoke/1", EventReaders::userAuthorizationRevoke);

    private EventSubParser() {
    }

    static EventSubParseResult parse(String messageType, byte[] body) {
        if (body == null || body.length == 0) {
            return new EventSubParseResult.Malformed("empty body");
        }
        try {
            JsonNode root = TwitchJson.mapper().readTree(body);
            JsonFields envelope = new JsonFields(root, "$");
            String type = messageType != null ? messageType : inferType(envelope);
            return switch (type) {
                case EventSubHeaders.TYPE_VERIFICATION -> new EventSubParseResult.Parsed(new EventSubMessage.Challenge(
                        subscription(envelope), envelope.text("challenge")));
                case EventSubHeaders.TYPE_REVOCATION -> new EventSubParseResult.Parsed(
                        new EventSubMessage.Revocation(subscription(envelope)));
                case EventSubHeaders.TYPE_NOTIFICATION -> notification(envelope);
                default -> new EventSubParseResult.Unsupported(type, null, null, null);
            };
        } catch (JacksonException e) {
            return new EventSubParseResult.Malformed("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new EventSubParseResult.Malformed("unreadable body: " + e.getMessage());
        } catch (JsonFields.MalformedPayload e) {
            return new EventSubParseResult.Malformed(e.getMessage());
        }
    }

    private static EventSubParseResult notification(JsonFields envelope) {
        EventSubSubscription subscription = subscription(envelope);
        Function<JsonFields, EventSubEvent> reader = READERS.get(subscription.type() + "/" + subscription.version());
        if (reader == null) {
            return new EventSubParseResult.Unsupported(EventSubHeaders.TYPE_NOTIFICATION, subscription.type(),
                    subscription.version(), subscription);
        }
        EventSubEvent event = reader.apply(envelope.object("event"));
        return new EventSubParseResult.Parsed(new EventSubMessage.Notification(subscription, event));
    }

    private static String inferType(JsonFields envelope) {
        if (envelope.has("challenge")) {
            return EventSubHeaders.TYPE_VERIFICATION;
        }
        return envelope.has("event") ? EventSubHeaders.TYPE_NOTIFICATION : EventSubHeaders.TYPE_REVOCATION;
    }

    static EventSubSubscription subscription(JsonFields envelope) {
        JsonFields s = envelope.object("subscription");
        EventSubTransport transport = null;
        if (s.has("transport")) {
            JsonFields t = s.object("transport");
            transport = new EventSubTransport(t.text("method"), t.optionalText("callback"),
                    t.optionalText("session_id"), t.optionalText("conduit_id"));
        }
        Integer cost = s.optionalInteger("cost");
        return new EventSubSubscription(s.text("id"), s.text("type"), s.text("version"), s.text("status"),
                cost == null ? 0 : cost, s.stringMap("condition"), transport, s.optionalInstant("created_at"));
    }
}

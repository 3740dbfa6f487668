package io.streampulse.twitchsim.eventsub;

import io.streampulse.twitchsim.http.Times;
import io.streampulse.twitchsim.world.Catalog;
import io.streampulse.twitchsim.world.Channels;
import io.streampulse.twitchsim.world.WorldEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code event} objects of EventSub notifications, field for field as in Twitch's examples. */
final class Payloads {
    private final Channels channels;
    private final Catalog catalog;

    Payloads(Channels channels, Catalog catalog) {
        this.channels = channels;
        this.catalog = catalog;
    }

    Map<String, Object> event(WorldEvent event, String streamType) {
        Map<String, Object> e = new LinkedHashMap<>();
        if (event instanceof WorldEvent.StreamStarted s) {
            e.put("id", Long.toString(s.streamId()));
            user(e, "broadcaster_user", s.broadcaster());
            e.put("type", streamType);
            e.put("started_at", Times.fraction(s.at(), 3));
        } else if (event instanceof WorldEvent.StreamEnded s) {
            user(e, "broadcaster_user", s.broadcaster());
        } else if (event instanceof WorldEvent.ChannelUpdated u) {
            user(e, "broadcaster_user", u.broadcaster());
            e.put("title", u.title());
            e.put("language", u.language());
            e.put("category_id", catalog.gameId(u.game()));
            e.put("category_name", catalog.gameName(u.game()));
            e.put("content_classification_labels", u.labels());
        } else if (event instanceof WorldEvent.Raided r) {
            user(e, "from_broadcaster_user", r.broadcaster());
            user(e, "to_broadcaster_user", r.to());
            e.put("viewers", r.viewers());
        } else if (event instanceof WorldEvent.Followed f) {
            user(e, "user", f.user());
            user(e, "broadcaster_user", f.broadcaster());
            e.put("followed_at", Times.fraction(f.at(), 8));
        } else if (event instanceof WorldEvent.Subscribed s) {
            user(e, "user", s.user());
            user(e, "broadcaster_user", s.broadcaster());
            e.put("tier", s.tier());
            e.put("is_gift", s.gift());
        } else if (event instanceof WorldEvent.SubscriptionsGifted g) {
            gift(e, g);
        } else if (event instanceof WorldEvent.Resubscribed r) {
            resub(e, r);
        } else if (event instanceof WorldEvent.Cheered c) {
            e.put("is_anonymous", c.anonymous());
            user(e, "user", c.user());
            user(e, "broadcaster_user", c.broadcaster());
            e.put("message", c.message());
            e.put("bits", c.bits());
        } else {
            throw new IllegalArgumentException("no payload for " + event);
        }
        return e;
    }

    /** user.authorization.revoke: login and name are null when the user was deleted. */
    Map<String, Object> authorizationRevoked(String clientId, int user) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("client_id", clientId);
        user(e, "user", user);
        return e;
    }

    private void gift(Map<String, Object> e, WorldEvent.SubscriptionsGifted g) {
        user(e, "user", g.user());
        user(e, "broadcaster_user", g.broadcaster());
        e.put("total", g.total());
        e.put("tier", g.tier());
        e.put("cumulative_total", g.cumulativeTotal());
        e.put("is_anonymous", g.anonymous());
    }

    private void resub(Map<String, Object> e, WorldEvent.Resubscribed r) {
        user(e, "user", r.user());
        user(e, "broadcaster_user", r.broadcaster());
        e.put("tier", r.tier());
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", r.text());
        message.put("emotes", r.emotes().stream().map(em -> {
            Map<String, Object> emote = new LinkedHashMap<>();
            emote.put("begin", em.begin());
            emote.put("end", em.end());
            emote.put("id", em.id());
            return emote;
        }).toList());
        e.put("message", message);
        e.put("cumulative_months", r.cumulativeMonths());
        e.put("streak_months", r.streakMonths());
        e.put("duration_months", r.durationMonths());
    }

    /** {@code <prefix>_id}, {@code _login}, {@code _name}; all null for an anonymous user (index -1). */
    private void user(Map<String, Object> e, String prefix, int user) {
        boolean known = user >= 0;
        e.put(prefix + "_id", known ? channels.userId(user) : null);
        e.put(prefix + "_login", known ? channels.login(user) : null);
        e.put(prefix + "_name", known ? channels.displayName(user) : null);
    }

    /** The EventSub type announcing a world event. */
    static String typeOf(WorldEvent event) {
        if (event instanceof WorldEvent.StreamStarted) {
            return "stream.online";
        } else if (event instanceof WorldEvent.StreamEnded) {
            return "stream.offline";
        } else if (event instanceof WorldEvent.ChannelUpdated) {
            return "channel.update";
        } else if (event instanceof WorldEvent.Raided) {
            return "channel.raid";
        } else if (event instanceof WorldEvent.Followed) {
            return "channel.follow";
        } else if (event instanceof WorldEvent.Subscribed) {
            return "channel.subscribe";
        } else if (event instanceof WorldEvent.SubscriptionsGifted) {
            return "channel.subscription.gift";
        } else if (event instanceof WorldEvent.Resubscribed) {
            return "channel.subscription.message";
        } else if (event instanceof WorldEvent.Cheered) {
            return "channel.cheer";
        }
        throw new IllegalArgumentException("unknown world event " + event);
    }
}

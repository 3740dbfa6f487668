package io.streampulse.ingest.eventsub;

/** EventSub webhook bodies, shaped like Twitch's documented examples (one per type the service normalises). */
final class Payloads {

    private Payloads() {
    }

    static String envelope(String type, String version, String condition, String event) {
        return """
            {"subscription":{"id":"f1c2a387-161a-49f9-a165-0f21d7a4e1c4","type":"%s","version":"%s",
             "status":"enabled","cost":0,"condition":%s,
             "transport":{"method":"webhook","callback":"https://example.com/webhooks/callback"},
             "created_at":"2019-11-16T10:11:12.634234626Z"},
             "event":%s}""".formatted(type, version, condition, event);
    }

    static String broadcaster(String id) {
        return "{\"broadcaster_user_id\":\"" + id + "\"}";
    }

    static String streamOnline(String broadcasterId, String streamId) {
        return envelope("stream.online", "1", broadcaster(broadcasterId), """
            {"id":"%s","broadcaster_user_id":"%s","broadcaster_user_login":"cool_user",
             "broadcaster_user_name":"Cool_User","type":"live","started_at":"2020-10-11T10:11:12.123Z"}"""
            .formatted(streamId, broadcasterId));
    }

    static String streamOffline(String broadcasterId) {
        return envelope("stream.offline", "1", broadcaster(broadcasterId), """
            {"broadcaster_user_id":"%s","broadcaster_user_login":"cool_user","broadcaster_user_name":"Cool_User"}"""
            .formatted(broadcasterId));
    }

    static String channelUpdate(String broadcasterId) {
        return envelope("channel.update", "2", broadcaster(broadcasterId), """
            {"broadcaster_user_id":"%s","broadcaster_user_login":"cool_user","broadcaster_user_name":"Cool_User",
             "title":"Best Stream Ever","language":"en","category_id":"12453","category_name":"Grand Theft Auto",
             "content_classification_labels":["MatureGame"]}""".formatted(broadcasterId));
    }

    static String follow(String broadcasterId) {
        return envelope("channel.follow", "2",
            "{\"broadcaster_user_id\":\"" + broadcasterId + "\",\"moderator_user_id\":\"" + broadcasterId + "\"}", """
            {"user_id":"1234","user_login":"cool_user","user_name":"Cool_User","broadcaster_user_id":"%s",
             "broadcaster_user_login":"cooler_user","broadcaster_user_name":"Cooler_User",
             "followed_at":"2020-07-15T18:16:11.17106713Z"}""".formatted(broadcasterId));
    }

    static String subscribe(String broadcasterId) {
        return envelope("channel.subscribe", "1", broadcaster(broadcasterId), """
            {"user_id":"1234","user_login":"cool_user","user_name":"Cool_User","broadcaster_user_id":"%s",
             "broadcaster_user_login":"cooler_user","broadcaster_user_name":"Cooler_User","tier":"1000",
             "is_gift":false}""".formatted(broadcasterId));
    }

    static String gift(String broadcasterId, boolean anonymous) {
        String user = anonymous ? "\"user_id\":null,\"user_login\":null,\"user_name\":null"
            : "\"user_id\":\"1234\",\"user_login\":\"cool_user\",\"user_name\":\"Cool_User\"";
        return envelope("channel.subscription.gift", "1", broadcaster(broadcasterId), """
            {%s,"broadcaster_user_id":"%s","broadcaster_user_login":"cooler_user",
             "broadcaster_user_name":"Cooler_User","total":2,"tier":"1000","cumulative_total":%s,
             "is_anonymous":%s}""".formatted(user, broadcasterId, anonymous ? "null" : "284", anonymous));
    }

    static String resub(String broadcasterId) {
        return envelope("channel.subscription.message", "1", broadcaster(broadcasterId), """
            {"user_id":"1234","user_login":"cool_user","user_name":"Cool_User","broadcaster_user_id":"%s",
             "broadcaster_user_login":"cooler_user","broadcaster_user_name":"Cooler_User","tier":"1000",
             "message":{"text":"Love the stream! FevziGG","emotes":[{"begin":23,"end":30,"id":"302976485"}]},
             "cumulative_months":15,"streak_months":1,"duration_months":6}""".formatted(broadcasterId));
    }

    static String cheer(String broadcasterId, boolean anonymous) {
        String user = anonymous ? "\"user_id\":null,\"user_login\":null,\"user_name\":null"
            : "\"user_id\":\"1234\",\"user_login\":\"cool_user\",\"user_name\":\"Cool_User\"";
        return envelope("channel.cheer", "1", broadcaster(broadcasterId), """
            {"is_anonymous":%s,%s,"broadcaster_user_id":"%s","broadcaster_user_login":"cooler_user",
             "broadcaster_user_name":"Cooler_User","message":"pogchamp","bits":1000}"""
            .formatted(anonymous, user, broadcasterId));
    }

    static String raidTo(String toBroadcasterId) {
        return envelope("channel.raid", "1", "{\"to_broadcaster_user_id\":\"" + toBroadcasterId + "\"}", """
            {"from_broadcaster_user_id":"1234","from_broadcaster_user_login":"cool_user",
             "from_broadcaster_user_name":"Cool_User","to_broadcaster_user_id":"%s",
             "to_broadcaster_user_login":"cooler_user","to_broadcaster_user_name":"Cooler_User","viewers":9001}"""
            .formatted(toBroadcasterId));
    }

    static String authorizationRevoke(String userId) {
        return envelope("user.authorization.revoke", "1", "{\"client_id\":\"crq72vsaoijkc83xx42hz6i37\"}", """
            {"client_id":"crq72vsaoijkc83xx42hz6i37","user_id":"%s","user_login":"cool_user",
             "user_name":"Cool_User"}""".formatted(userId));
    }

    static String unknownType(String broadcasterId) {
        return envelope("channel.bits.use", "1", broadcaster(broadcasterId),
            "{\"broadcaster_user_id\":\"" + broadcasterId + "\",\"bits\":5}");
    }

    static String challenge(String challenge) {
        return """
            {"challenge":"%s","subscription":{"id":"f1c2a387-161a-49f9-a165-0f21d7a4e1c4","status":
             "webhook_callback_verification_pending","type":"channel.follow","version":"2","cost":1,
             "condition":{"broadcaster_user_id":"12826"},
             "transport":{"method":"webhook","callback":"https://example.com/webhooks/callback"},
             "created_at":"2019-11-16T10:11:12.634234626Z"}}""".formatted(challenge);
    }

    static String revocation(String broadcasterId) {
        return """
            {"subscription":{"id":"f1c2a387-161a-49f9-a165-0f21d7a4e1c4","status":"authorization_revoked",
             "type":"channel.follow","cost":1,"version":"2",
             "condition":{"broadcaster_user_id":"%s","moderator_user_id":"%s"},
             "transport":{"method":"webhook","callback":"https://example.com/webhooks/callback"},
             "created_at":"2019-11-16T10:11:12.634234626Z"}}""".formatted(broadcasterId, broadcasterId);
    }
}

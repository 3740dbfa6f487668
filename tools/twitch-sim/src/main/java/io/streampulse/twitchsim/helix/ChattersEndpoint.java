package io.streampulse.twitchsim.helix;

import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import io.streampulse.twitchsim.world.Channels;
import io.streampulse.twitchsim.world.Moderators;
import io.streampulse.twitchsim.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /helix/chat/chatters}: user token with moderator:read:chatters whose user is moderator_id and the
 * broadcaster or a moderator; first 1..1000 (default 100), after. About a third of the viewers are in chat.
 */
final class ChattersEndpoint implements HelixEndpoint {
    private final World world;
    private final Moderators moderators;

    ChattersEndpoint(World world, Moderators moderators) {
        this.world = world;
        this.moderators = moderators;
    }

    @Override
    public void handle(HttpCall call, Caller caller) {
        if (caller.isApp()) {
            throw ApiError.helix(401, "Missing User OAUTH Token");
        }
        if (!caller.hasScope("moderator:read:chatters")) {
            throw ApiError.helix(401, "Missing scope: moderator:read:chatters");
        }
        Channels channels = world.channels();
        int ch = channels.byUserId(Params.required(call, "broadcaster_id"));
        int moderator = channels.byUserId(Params.required(call, "moderator_id"));
        if (ch < 0) {
            throw ApiError.helix(400, "Invalid broadcaster_id");
        }
        if (moderator != caller.user()) {
            throw ApiError.helix(400, "The ID in moderator_id must match the user ID in the access token");
        }
        if (!moderators.canModerate(moderator, ch)) {
            throw ApiError.helix(403, "The user in moderator_id is not one of the broadcaster's moderators");
        }
        int first = Params.first(call, 100, 1000);
        int total = world.read(() -> world.isLive(ch) ? Math.max(1, (int) (world.viewers(ch) * 0.35)) : 0);
        Params.Page page = Params.page(call, first, total);
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = page.start(); i < page.end(); i++) {
            int user = i == 0 ? ch : SyntheticUsers.user(ch, i, 2, channels.count());
            Map<String, Object> chatter = new LinkedHashMap<>();
            chatter.put("user_id", channels.userId(user));
            chatter.put("user_login", channels.login(user));
            chatter.put("user_name", channels.displayName(user));
            data.add(chatter);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("pagination", Cursor.pagination(page.cursor()));
        body.put("total", total);
        call.json(200, body);
    }
}

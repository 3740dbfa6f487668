package io.streampulse.twitchsim.helix;

import io.streampulse.twitchsim.http.ApiError;
import io.streampulse.twitchsim.http.HttpCall;
import io.streampulse.twitchsim.http.Times;
import io.streampulse.twitchsim.world.Channels;
import io.streampulse.twitchsim.world.Follow;
import io.streampulse.twitchsim.world.Moderators;
import io.streampulse.twitchsim.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /helix/channels/followers}: always the total; the list (newest first) only for a user token with
 * moderator:read:followers of the broadcaster or one of their moderators. user_id without that permission is 401.
 * Followers from the simulation come first, older ones are synthetic.
 */
final class FollowersEndpoint implements HelixEndpoint {
    private static final int USER_LOOKUP_LIMIT = 20_000;
    private final World world;
    private final Moderators moderators;
    private final Supplier<Instant> clock;

    FollowersEndpoint(World world, Moderators moderators, Supplier<Instant> clock) {
        this.world = world;
        this.moderators = moderators;
        this.clock = clock;
    }

    @Override
    public void handle(HttpCall call, Caller caller) {
        Channels channels = world.channels();
        int ch = channels.byUserId(Params.required(call, "broadcaster_id"));
        if (ch < 0) {
            throw ApiError.helix(400, "Invalid broadcaster_id");
        }
        int first = Params.first(call, 20, 100);
        String userId = call.query("user_id");
        boolean permitted = !caller.isApp() && caller.hasScope("moderator:read:followers")
                && moderators.canModerate(caller.user(), ch);
        if (userId != null && !permitted) {
            throw ApiError.helix(401, "Missing scope: moderator:read:followers");
        }
        List<Follow> recent = world.read(() -> world.recentFollows(ch));
        int total = world.read(() -> channels.followers(ch));
        List<Follow> all = new FollowList(ch, recent, total, channels, clock.get());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", total);
        List<Map<String, Object>> data = new ArrayList<>();
        String cursor = null;
        if (permitted && userId != null) {
            int user = channels.byUserId(userId);
            for (int i = 0; i < Math.min(all.size(), USER_LOOKUP_LIMIT) && user >= 0; i++) {
                if (all.get(i).user() == user) {
                    data.add(follower(all.get(i)));
                    break;
                }
            }
        } else if (permitted) {
            Params.Page page = Params.page(call, first, all.size());
            for (int i = page.start(); i < page.end(); i++) {
                data.add(follower(all.get(i)));
            }
            cursor = page.cursor();
        }
        body.put("data", data);
        body.put("pagination", Cursor.pagination(cursor));
        call.json(200, body);
    }

    private Map<String, Object> follower(Follow follow) {
        Channels channels = world.channels();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("user_id", channels.userId(follow.user()));
        f.put("user_login", channels.login(follow.user()));
        f.put("user_name", channels.displayName(follow.user()));
        f.put("followed_at", Times.seconds(follow.at()));
        return f;
    }

    /** Recent (simulated) follows followed by synthetic older ones, spread back to the channel's creation. */
    private static final class FollowList extends java.util.AbstractList<Follow> {
        private final int ch;
        private final List<Follow> recent;
        private final int total;
        private final Channels channels;
        private final Instant oldestRecent;
        private final long spacingSeconds;

        FollowList(int ch, List<Follow> recent, int total, Channels channels, Instant now) {
            this.ch = ch;
            this.recent = recent;
            this.total = Math.max(total, recent.size());
            this.channels = channels;
            this.oldestRecent = recent.isEmpty() ? now : recent.get(recent.size() - 1).at();
            long span = Duration.between(Instant.ofEpochSecond(channels.createdAtSeconds(ch)), oldestRecent).getSeconds();
            this.spacingSeconds = Math.max(1, span / Math.max(1, this.total - recent.size() + 1));
        }

        @Override
        public Follow get(int index) {
            if (index < recent.size()) {
                return recent.get(index);
            }
            long k = index - recent.size();
            return new Follow(SyntheticUsers.user(ch, k, 1, channels.count()),
                    oldestRecent.minusSeconds((k + 1) * spacingSeconds));
        }

        @Override
        public int size() {
            return total;
        }
    }
}

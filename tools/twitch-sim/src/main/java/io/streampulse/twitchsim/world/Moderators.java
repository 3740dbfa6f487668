package io.streampulse.twitchsim.world;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Who moderates which channel (a broadcaster always counts as moderator of their own channel). Thread-safe. */
public final class Moderators {
    private final Map<Integer, Set<Integer>> byChannel = new ConcurrentHashMap<>();

    public void add(int channel, int moderator) {
        byChannel.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet()).add(moderator);
    }

    public void remove(int channel, int moderator) {
        Set<Integer> mods = byChannel.get(channel);
        if (mods != null) {
            mods.remove(moderator);
        }
    }

    public boolean canModerate(int user, int channel) {
        if (user == channel) {
            return true;
        }
        Set<Integer> mods = byChannel.get(channel);
        return mods != null && mods.contains(user);
    }
}

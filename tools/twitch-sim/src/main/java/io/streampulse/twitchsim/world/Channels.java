package io.streampulse.twitchsim.world;

import java.util.HashMap;
import java.util.Map;

/**
 * Every channel (= user) of the world in column arrays: a few dozen bytes per channel plus its login.
 * Static attributes are set once by {@link ChannelGenerator}; game, title, tag set and followers change over time
 * and persist while the channel is offline (Get Channel Information shows the last values).
 */
public final class Channels {
    private static final String[] BROADCASTER_TYPES = {"", "affiliate", "partner"};

    final int count;
    final String[] logins;
    final Map<String, Integer> byLogin;
    final float[] level;
    final byte[] language;
    final byte[] broadcasterType;
    final byte[] labels;
    final int[] createdAtSeconds;
    final int[] followers;
    final short[] game;
    final short[] tagSet;
    final int[] title;

    Channels(int count) {
        this.count = count;
        this.logins = new String[count];
        this.byLogin = new HashMap<>(count * 2);
        this.level = new float[count];
        this.language = new byte[count];
        this.broadcasterType = new byte[count];
        this.labels = new byte[count];
        this.createdAtSeconds = new int[count];
        this.followers = new int[count];
        this.game = new short[count];
        this.tagSet = new short[count];
        this.title = new int[count];
    }

    public int count() { return count; }
    public String login(int ch) { return logins[ch]; }
    public String userId(int ch) { return Ids.userId(ch); }
    public int byLogin(String login) { return login == null ? -1 : byLogin.getOrDefault(login.toLowerCase(), -1); }
    public int byUserId(String id) { return Ids.userIndex(id, count); }
    public String broadcasterType(int ch) { return BROADCASTER_TYPES[broadcasterType[ch]]; }
    public long createdAtSeconds(int ch) { return Integer.toUnsignedLong(createdAtSeconds[ch]); }
    public int followers(int ch) { return followers[ch]; }
    public int game(int ch) { return game[ch]; }
    public int title(int ch) { return title[ch]; }
    public int tagSet(int ch) { return tagSet[ch]; }
    public int language(int ch) { return language[ch]; }
    public int labels(int ch) { return labels[ch]; }
    public float level(int ch) { return level[ch]; }

    /** Display names differ from logins only in case, chosen per channel so clients cannot derive one from the other. */
    public String displayName(int ch) {
        String login = logins[ch];
        StringBuilder name = new StringBuilder(login.length());
        int style = ch % 4;
        boolean upperNext = true;
        for (int i = 0; i < login.length(); i++) {
            char c = login.charAt(i);
            boolean upper = switch (style) {
                case 0 -> upperNext;
                case 1 -> false;
                case 2 -> i % 3 == 0;
                default -> upperNext || Character.isDigit(c);
            };
            name.append(upper ? Character.toUpperCase(c) : c);
            upperNext = c == '_' || Character.isDigit(c);
        }
        return name.toString();
    }
}

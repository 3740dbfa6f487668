package io.streampulse.twitchsim.helix;

/**
 * Stable pseudo-random user lists (older followers, chatters) derived from a channel and a position, so they need
 * no storage and the same request answers the same list.
 */
final class SyntheticUsers {
    private SyntheticUsers() {
    }

    /** The {@code k}-th user of list {@code salt} of channel {@code ch}, never the channel itself. */
    static int user(int ch, long k, long salt, int channelCount) {
        if (channelCount < 2) {
            return ch;
        }
        long z = (ch * 0x9E3779B97F4A7C15L) ^ (k * 0xBF58476D1CE4E5B9L) ^ (salt * 0x94D049BB133111EBL);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        int user = (int) Math.floorMod(z, (long) channelCount - 1);
        return user >= ch ? user + 1 : user;
    }
}

package io.streampulse.twitchsim.world;

/**
 * Opaque numeric string ids of users/channels. The mapping index -> id is a fixed affine function, so an id is
 * turned back into an index without a lookup table (saves ~50 MB for a million channels).
 */
public final class Ids {
    private static final long BASE = 10_000_019L;
    private static final long STRIDE = 7L;

    private Ids() {
    }

    public static String userId(int index) {
        return Long.toString(BASE + index * STRIDE);
    }

    /** The channel index for a user id, or -1 when the id is malformed or unknown. */
    public static int userIndex(String id, int channelCount) {
        if (id == null || id.isEmpty() || id.length() > 12) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        long offset = value - BASE;
        if (offset < 0 || offset % STRIDE != 0 || offset / STRIDE >= channelCount) {
            return -1;
        }
        return (int) (offset / STRIDE);
    }
}

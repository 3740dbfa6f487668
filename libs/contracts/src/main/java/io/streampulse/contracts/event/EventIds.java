package io.streampulse.contracts.event;

import java.util.UUID;

/** New event ids for events StreamPulse creates itself (Twitch events keep the Twitch message id). */
public final class EventIds {

    private EventIds() {
    }

    public static String random() {
        return UUID.randomUUID().toString();
    }
}

package io.streampulse.ingest.eventsub;

import io.streampulse.twitch.eventsub.EventSubSubscription;

/** Told when Twitch revoked a subscription (the subscription manager repairs it where allowed). */
@FunctionalInterface
public interface RevocationListener {

    void revoked(EventSubSubscription subscription);
}

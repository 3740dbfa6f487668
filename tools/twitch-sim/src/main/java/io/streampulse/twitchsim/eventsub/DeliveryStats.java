package io.streampulse.twitchsim.eventsub;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counters of webhook traffic for /admin/stats. */
public final class DeliveryStats {
    private final LongAdder notificationsDelivered = new LongAdder();
    private final LongAdder notificationFailures = new LongAdder();
    private final LongAdder duplicatesSent = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder challengesPassed = new LongAdder();
    private final LongAdder challengesFailed = new LongAdder();
    private final LongAdder revocationsSent = new LongAdder();

    void delivered() { notificationsDelivered.increment(); }
    void failed() { notificationFailures.increment(); }
    void duplicate() { duplicatesSent.increment(); }
    void dropped() { dropped.increment(); }
    void challenge(boolean passed) { (passed ? challengesPassed : challengesFailed).increment(); }
    void revocation() { revocationsSent.increment(); }

    public Map<String, Object> snapshot() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("notifications_delivered", notificationsDelivered.sum());
        view.put("notification_failures", notificationFailures.sum());
        view.put("duplicates_sent", duplicatesSent.sum());
        view.put("dropped", dropped.sum());
        view.put("challenges_passed", challengesPassed.sum());
        view.put("challenges_failed", challengesFailed.sum());
        view.put("revocations_sent", revocationsSent.sum());
        return view;
    }
}

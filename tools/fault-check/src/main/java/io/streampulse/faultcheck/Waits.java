package io.streampulse.faultcheck;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionTimeoutException;

/** Waiting, the one way the run does it (Awaitility): for a condition with a deadline, or for a fixed hold. */
public final class Waits {

    private static final Duration POLL = Duration.ofMillis(500);

    private Waits() {
    }

    /** True once {@code condition} holds, false when it still does not after {@code timeout}; errors count as "not yet". */
    public static boolean until(Callable<Boolean> condition, Duration timeout) {
        return until(condition, timeout, POLL);
    }

    public static boolean until(Callable<Boolean> condition, Duration timeout, Duration poll) {
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(poll).ignoreExceptions().until(condition);
            return true;
        } catch (ConditionTimeoutException notInTime) {
            return false;
        }
    }

    /** Lets {@code duration} pass (a fault held for a while, a pause between phases). */
    public static void hold(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        await().pollDelay(duration).atMost(duration.plusSeconds(5)).until(() -> true);
    }
}

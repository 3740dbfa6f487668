package io.streampulse.runtime.topic;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How hard a service tries to create its topics at start-up while Kafka is not reachable yet.
 *
 * @param attemptTimeout how long one attempt may wait for the broker
 * @param initialBackoff pause after the first failed attempt; doubles after each further failure
 * @param maxBackoff     the longest pause between attempts
 * @param giveUpAfter    after this long without success the service stops trying and reports itself
 *                       not live, so an orchestrator restarts it
 */
@ConfigurationProperties("streampulse.topics")
public record TopicProvisioningSettings(
    @Bindable(defaultValue = "10s") Duration attemptTimeout,
    @Bindable(defaultValue = "1s") Duration initialBackoff,
    @Bindable(defaultValue = "30s") Duration maxBackoff,
    @Bindable(defaultValue = "10m") Duration giveUpAfter) {

    /** The pause before attempt number {@code failedAttempts + 1}. */
    Duration backoffAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration backoff = initialBackoff.multipliedBy(1L << doublings);
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}

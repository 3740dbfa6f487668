package io.streampulse.runtime.topic;

import java.util.List;

/**
 * Where the start-up creation of a service's topics stands.
 *
 * @param phase     pending (still trying), provisioned, or gave up
 * @param topics    the topics the service writes, by name
 * @param attempts  attempts made so far
 * @param lastError why the last attempt failed; empty when none failed
 */
public record TopicProvisioningStatus(Phase phase, List<String> topics, int attempts, String lastError) {

    public enum Phase { PENDING, PROVISIONED, GAVE_UP }

    public TopicProvisioningStatus {
        topics = List.copyOf(topics);
        lastError = lastError == null ? "" : lastError;
    }

    static TopicProvisioningStatus pending(List<String> topics) {
        return new TopicProvisioningStatus(Phase.PENDING, topics, 0, "");
    }

    TopicProvisioningStatus failed(String error, boolean giveUp) {
        return new TopicProvisioningStatus(giveUp ? Phase.GAVE_UP : Phase.PENDING, topics, attempts + 1, error);
    }

    TopicProvisioningStatus provisioned() {
        return new TopicProvisioningStatus(Phase.PROVISIONED, topics, attempts + 1, lastError);
    }

    public boolean isProvisioned() {
        return phase == Phase.PROVISIONED;
    }
}

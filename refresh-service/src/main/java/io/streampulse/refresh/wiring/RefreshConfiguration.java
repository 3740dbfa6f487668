package io.streampulse.refresh.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code streampulse.refresh.*}: see the settings table of the README. */
@ConfigurationProperties("streampulse.refresh")
public class RefreshConfiguration {

    private boolean enabled = true;
    private Duration interval = Duration.ofSeconds(60);
    private Duration dueSoon = Duration.ofSeconds(5);
    private int maxInFlight = 8;
    private Duration idlePause = Duration.ofMillis(100);
    private String consumerGroup = "streampulse-refresh";
    private Duration sessionTimeout = Duration.ofSeconds(10);
    private String redisPrefix = "streampulse:refresh:";
    private Duration markerCheckInterval = Duration.ofSeconds(5);
    private Duration claimTimeout = Duration.ofSeconds(20);
    private Duration yieldUntilOverdue = Duration.ofSeconds(6);

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Duration getInterval() { return interval; }
    public void setInterval(Duration interval) { this.interval = interval; }
    public Duration getDueSoon() { return dueSoon; }
    public void setDueSoon(Duration dueSoon) { this.dueSoon = dueSoon; }
    public int getMaxInFlight() { return maxInFlight; }
    public void setMaxInFlight(int maxInFlight) { this.maxInFlight = maxInFlight; }
    public Duration getIdlePause() { return idlePause; }
    public void setIdlePause(Duration idlePause) { this.idlePause = idlePause; }
    public String getConsumerGroup() { return consumerGroup; }
    public void setConsumerGroup(String consumerGroup) { this.consumerGroup = consumerGroup; }
    public Duration getSessionTimeout() { return sessionTimeout; }
    public void setSessionTimeout(Duration sessionTimeout) { this.sessionTimeout = sessionTimeout; }
    public String getRedisPrefix() { return redisPrefix; }
    public void setRedisPrefix(String redisPrefix) { this.redisPrefix = redisPrefix; }
    public Duration getMarkerCheckInterval() { return markerCheckInterval; }
    public void setMarkerCheckInterval(Duration markerCheckInterval) { this.markerCheckInterval = markerCheckInterval; }
    public Duration getClaimTimeout() { return claimTimeout; }
    public void setClaimTimeout(Duration claimTimeout) { this.claimTimeout = claimTimeout; }
    public Duration getYieldUntilOverdue() { return yieldUntilOverdue; }
    public void setYieldUntilOverdue(Duration yieldUntilOverdue) { this.yieldUntilOverdue = yieldUntilOverdue; }
}

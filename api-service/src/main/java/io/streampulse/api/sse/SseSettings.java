package io.streampulse.api.sse;

import java.time.Duration;

/**
 * The {@code streampulse.api.sse.*} settings.
 *
 * @param ringSize          recent events kept per channel for clients that reconnect
 * @param clientBuffer      frames a client may fall behind before it is cut off
 * @param heartbeat         comment sent to every client this often (keeps proxies and idle timeouts away)
 * @param retry             reconnection delay suggested to browsers
 * @param fetchMaxWait      the feed's {@code fetch.max.wait.ms}: the broker answers a fetch at the latest then
 * @param idleChannel       a channel without clients and events for this long drops its ring
 * @param replayMaxRecords  records of the partition a resume may scan in Kafka for events older than the ring
 * @param replayTimeout     how long that scan may take
 */
record SseSettings(int ringSize, int clientBuffer, Duration heartbeat, Duration retry, Duration fetchMaxWait,
                   Duration idleChannel, int replayMaxRecords, Duration replayTimeout) {
}

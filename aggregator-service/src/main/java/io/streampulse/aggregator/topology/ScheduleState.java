package io.streampulse.aggregator.topology;

import java.util.List;
import java.util.Map;

/**
 * One channel's schedule: the week it was first seen, the latest week it was live, and per weekday-hour
 * cell (0 = Monday 00h .. 167 = Sunday 23h) the start of each week (within the look-back) it was live then.
 */
record ScheduleState(long firstWeek, long currentWeek, String login, Map<Integer, List<Long>> cells) {
}

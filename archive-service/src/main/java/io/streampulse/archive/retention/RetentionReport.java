package io.streampulse.archive.retention;

import java.time.LocalDate;
import java.util.List;

/** What one retention run removed and created. */
public record RetentionReport(int channelEventsDeleted, int revocationsForgotten, List<LocalDate> snapshotDaysDropped,
                              int outboxPurged, List<LocalDate> snapshotDaysAvailable) {
}

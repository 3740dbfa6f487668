package io.streampulse.refresh.schedule;

import io.streampulse.refresh.active.ActiveStream;
import java.util.List;

/**
 * Which streams the next Helix call refreshes. Pure.
 *
 * <p>Candidates come stalest first and include streams due soon (within the due-soon window). A batch is
 * taken only when the stalest candidate is really due (last refresh ≤ now − interval); it is then filled
 * with the stalest candidates up to the batch size, due-soon ones included. So every call carries a full
 * batch unless fewer streams than a batch are due or due soon, and when the budget cannot keep up every
 * stream is overdue, due-soon streams never get in, and the stalest go first: all streams age evenly.
 */
public final class BatchSelector {

    private final RefreshSettings settings;

    public BatchSelector(RefreshSettings settings) {
        this.settings = settings;
    }

    /** Refreshed at most this long ago (epoch millis), a stream may be a candidate (due or due soon). */
    public long candidateCutoff(long nowMillis) {
        return nowMillis - settings.interval().toMillis() + settings.dueSoon().toMillis();
    }

    /** The next batch out of {@code stalestFirst} (sorted by last refresh, ascending); empty when none is due. */
    public List<ActiveStream> select(List<ActiveStream> stalestFirst, long nowMillis) {
        if (stalestFirst.isEmpty()) {
            return List.of();
        }
        long dueCutoff = nowMillis - settings.interval().toMillis();
        if (stalestFirst.get(0).lastRefreshMillis() > dueCutoff) {
            return List.of();
        }
        long soonCutoff = candidateCutoff(nowMillis);
        return stalestFirst.stream()
            .filter(s -> s.lastRefreshMillis() <= soonCutoff)
            .limit(settings.batchSize())
            .toList();
    }
}

package io.streampulse.archive.score;

import java.util.List;

/**
 * The figures of one scored archive run.
 *
 * @param endedByCutoff     broadcasts that really ended by the cutoff
 * @param unobservable      of those, the ones no refresh cycle found live (began and ended between two cycles)
 * @param flappedOut        of those, the ones cycles found live but the feed never observed LIVE (a flap each time)
 * @param expected          the others: what archive should have
 * @param archived          rows archive wrote
 * @param matched           expected broadcasts archive has
 * @param missed            stream ids of the expected broadcasts it lacks
 * @param wrong             archived stream ids that did not really end (or are unknown)
 * @param duplicates        extra rows of a stream id plus overlapping sessions of one channel
 * @param endErrorSeconds   |real end - archived end| in seconds
 * @param endedLate         sessions archive ended after their real end
 * @param viewerMinuteError relative viewer-minutes error of broadcasts that began during the run
 * @param viewerMinuteBias  (archived - real) / real of the same broadcasts' viewer-minutes summed: the systematic part
 */
record ArchiveFigures(int endedByCutoff, int unobservable, int flappedOut, int expected, int archived, int matched,
                      List<String> missed, List<String> wrong, int duplicates, Distribution endErrorSeconds,
                      long endedLate, Distribution viewerMinuteError, double viewerMinuteBias) {

    double recall() {
        return expected == 0 ? Double.NaN : (double) matched / expected;
    }

    double precision() {
        return archived == 0 ? Double.NaN : (double) (archived - wrong.size()) / archived;
    }

    String report(String title) {
        return String.format("%s%n  broadcasts ended by the cutoff %d, of which %d began and ended between two refresh"
                + " cycles and %d flapped out of every Helix answer while live (unobservable), %d expected%n"
                + "  archived %d: recall %.4f%% (%d missed %s), precision %.4f%%"
                + " (%d wrong %s), duplicates %d%n  end-time error s: %s, ended after the real end: %d%n"
                + "  viewer-minutes relative error of broadcasts begun and ended in the run: median %.3f%%, p95 %.3f%%,"
                + " max %.1f%% (n=%d); summed, archived minus real: %+.3f%%",
            title, endedByCutoff, unobservable, flappedOut, expected, archived, 100 * recall(), missed.size(), head(missed),
            100 * precision(), wrong.size(), head(wrong), duplicates, endErrorSeconds, endedLate,
            100 * viewerMinuteError.p50(), 100 * viewerMinuteError.p95(), 100 * viewerMinuteError.max(),
            viewerMinuteError.count(), 100 * viewerMinuteBias);
    }

    private static List<String> head(List<String> ids) {
        return ids.subList(0, Math.min(10, ids.size()));
    }
}

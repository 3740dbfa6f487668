package io.streampulse.ingest.sweep;

import io.streampulse.contracts.stream.DiscoverySource;
import io.streampulse.contracts.stream.StreamState;
import io.streampulse.ingest.discovery.StreamDiscoveries;
import io.streampulse.ingest.discovery.StreamStates;
import io.streampulse.ingest.discovery.StreamsPager;
import io.streampulse.twitch.helix.HelixException;
import io.streampulse.twitch.helix.HelixPage;
import io.streampulse.twitch.helix.HelixStream;
import io.streampulse.twitch.helix.StreamsQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages one split of Get Streams, 100 per page, and hands the streams not yet seen in this split to discovery page
 * by page. A moving list repeats streams (deduplicated here) and loses some (the next sweep finds them). On
 * {@code 400 invalid cursor} it restarts from page one, keeping what it saw; a page of nothing but repeats means
 * the cursor looped back to the start (twitchdev/issues#93) and ends the split.
 */
final class SplitSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(SplitSweeper.class);

    private final StreamsPager pager;
    private final StreamDiscoveries discoveries;
    private final SweepMetrics metrics;
    private final int maxPages;
    private final int maxRestarts;

    SplitSweeper(StreamsPager pager, StreamDiscoveries discoveries, SweepMetrics metrics, int maxPages,
                 int maxRestarts) {
        this.pager = pager;
        this.discoveries = discoveries;
        this.metrics = metrics;
        this.maxPages = maxPages;
        this.maxRestarts = maxRestarts;
    }

    /** Sweeps {@code split}; {@code keepLease} renews the caller's lease before each page (false: stop). */
    SplitResult sweep(SweepSplit split, BooleanSupplier keepLease) {
        Pass pass = new Pass(split);
        String cursor = null;
        while (pass.pages < maxPages) {
            if (!keepLease.getAsBoolean()) {
                return pass.result(true);
            }
            HelixPage<HelixStream> page = fetch(split, cursor);
            if (page == null) {
                if (pass.restarts >= maxRestarts) {
                    throw new IllegalStateException("invalid cursor " + (maxRestarts + 1) + " times in " + split.id());
                }
                pass.restart();
                cursor = null;
                continue;
            }
            if (!pass.take(page.data()) || page.cursor() == null || page.data().isEmpty() || pass.full()) {
                break;
            }
            cursor = page.cursor();
        }
        return pass.result(false);
    }

    /** The page, or null when Twitch refused the cursor (restart from page one). */
    private HelixPage<HelixStream> fetch(SweepSplit split, String cursor) {
        StreamsQuery query = StreamsQuery.sweep().withLanguages(split.languages()).withGameIds(split.gameIds());
        try {
            return pager.page(cursor == null ? query : query.withAfter(cursor)).join();
        } catch (CompletionException e) {
            boolean invalidCursor = cursor != null
                && HelixException.from(e).filter(h -> h instanceof HelixException.BadRequest).isPresent();
            if (invalidCursor) {
                LOG.info("Twitch refused the cursor of split {}; restarting it from page one", split.id());
                metrics.cursorRestart();
                return null;
            }
            throw e;
        }
    }

    /** The state of one split's sweep across restarts. */
    private final class Pass {
        private final SweepSplit split;
        private final Set<String> seen = new HashSet<>();
        private final Map<String, Integer> perGame = new HashMap<>();
        private int pages;
        private int pagesThisPass;
        private int deepest;
        private int duplicates;
        private int restarts;
        private int published;

        Pass(SweepSplit split) {
            this.split = split;
        }

        /** Publishes the new streams of a page; false when the page was all repeats past the depth reached. */
        boolean take(List<HelixStream> streams) {
            pages++;
            pagesThisPass++;
            List<StreamState> fresh = new ArrayList<>();
            int repeated = 0;
            for (HelixStream stream : streams) {
                if (full()) {
                    break;
                }
                if (seen.add(stream.id())) {
                    fresh.add(StreamStates.of(stream));
                    perGame.merge(stream.gameId() == null ? "" : stream.gameId(), 1, Integer::sum);
                } else {
                    repeated++;
                }
            }
            duplicates += repeated;
            metrics.page(fresh.size(), repeated);
            if (!fresh.isEmpty()) {
                published += discoveries.discover(fresh, DiscoverySource.SWEEP).join().size();
            }
            boolean loopedBack = fresh.isEmpty() && !streams.isEmpty() && pagesThisPass > deepest;
            return !loopedBack;
        }

        boolean full() {
            return split.limit() > 0 && seen.size() >= split.limit();
        }

        void restart() {
            restarts++;
            deepest = Math.max(deepest, pagesThisPass);
            pagesThisPass = 0;
        }

        SplitResult result(boolean leaseLost) {
            return new SplitResult(pages, seen.size(), duplicates, restarts, published, perGame, leaseLost);
        }
    }
}

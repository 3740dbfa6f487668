package io.streampulse.ingest.sweep;

/**
 * What one replica did in one sweep cycle.
 *
 * @param splits    splits planned for the cycle
 * @param swept     splits this replica swept to the end
 * @param failed    splits this replica started but could not finish (released for another try)
 * @param pages     Get Streams pages read
 * @param streams   distinct streams seen, summed over the splits
 * @param published streams published as discovered
 */
public record SweepReport(int splits, int swept, int failed, int pages, int streams, int duplicates,
                          int cursorRestarts, int published) {

    static SweepReport empty(int splits) {
        return new SweepReport(splits, 0, 0, 0, 0, 0, 0, 0);
    }

    SweepReport plus(SplitResult r) {
        return new SweepReport(splits, swept + 1, failed, pages + r.pages(), streams + r.streams(),
            duplicates + r.duplicates(), cursorRestarts + r.cursorRestarts(), published + r.published());
    }

    SweepReport plusFailure() {
        return new SweepReport(splits, swept, failed + 1, pages, streams, duplicates, cursorRestarts, published);
    }
}

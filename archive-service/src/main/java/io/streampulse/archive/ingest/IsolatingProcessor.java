package io.streampulse.archive.ingest;

import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a batch that PostgreSQL refuses for its data from blocking its partitions. The batch is tried whole; if it
 * fails because of its data ({@link Failures#causedByData}), it is split in halves ({@link ArchiveBatch#inIsolationOrder},
 * so each half is a run of offsets per partition) and each half is tried on its own, splitting again what still
 * fails, until the failing records stand alone: exactly those are dead-lettered with PostgreSQL's reason (error type
 * {@value #REFUSED}), everything else is committed. With one refused record among n, that takes about 2 log2(n)
 * transactions. The batch is first tried again whole, then in parts, without the sweep of unobserved sessions (a
 * session PostgreSQL refuses to close must not get innocent records dead-lettered); the next batch sweeps again.
 *
 * <p>Transient failures (connection lost, PostgreSQL restarting, serialization failures, the dead-letter topic
 * unavailable) are thrown as they are, whole batch or part: the caller retries the batch later, and the parts
 * already committed are skipped by their stored offsets.
 */
public final class IsolatingProcessor {

    static final String REFUSED = "database_refused";

    private static final Logger LOG = LoggerFactory.getLogger(IsolatingProcessor.class);

    private final BatchProcessor processor;

    public IsolatingProcessor(BatchProcessor processor) {
        this.processor = processor;
    }

    public BatchOutcome process(ArchiveBatch batch, Rejections rejections) throws SQLException {
        try {
            return processor.process(batch, rejections, true);
        } catch (SQLException | RuntimeException e) {
            if (!Failures.causedByData(e)) {
                throw e;
            }
            LOG.warn("PostgreSQL refused a batch of {} records, isolating the refused ones: {}", batch.size(),
                Failures.describe(e));
            return attempt(batch, batch.inIsolationOrder(), rejections).afterFailedAttempts(1);
        }
    }

    /** Processes the records of {@code part} (without the sweep), isolating those PostgreSQL refuses. */
    private BatchOutcome attempt(ArchiveBatch batch, List<Source> part, Rejections rejections) throws SQLException {
        try {
            return processor.process(batch.only(part), rejections, false);
        } catch (SQLException | RuntimeException e) {
            if (!Failures.causedByData(e)) {
                throw e;
            }
            if (part.size() == 1) {
                ArchiveBatch refused = batch.only(part).refused(REFUSED, Failures.describe(e));
                return processor.process(refused, rejections, false).asRefused().afterFailedAttempts(1);
            }
            int half = part.size() / 2;
            BatchOutcome first = attempt(batch, part.subList(0, half), rejections);
            return first.plus(attempt(batch, part.subList(half, part.size()), rejections)).afterFailedAttempts(1);
        }
    }
}

package io.streampulse.archive.ingest;

import static io.streampulse.archive.ingest.Batches.LIFECYCLE;
import static io.streampulse.archive.ingest.Batches.OBSERVATIONS;
import static io.streampulse.archive.ingest.Batches.REVOKED;
import static io.streampulse.archive.ingest.Batches.live;
import static io.streampulse.archive.ingest.Batches.offline;
import static io.streampulse.archive.ingest.Batches.revoked;
import static io.streampulse.archive.ingest.Batches.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a batch is split and narrowed when PostgreSQL refuses it. */
class ArchiveBatchTest {

    private final Source obs3at0 = source(OBSERVATIONS, 3, 10, "a");
    private final Source obs3at1 = source(OBSERVATIONS, 3, 11, "a");
    private final Source obs3at2 = source(OBSERVATIONS, 3, 12, "b");
    private final Source obs5at0 = source(OBSERVATIONS, 5, 40, "c");
    private final Source life3at0 = source(LIFECYCLE, 3, 7, "a");
    private final Source broken = source(OBSERVATIONS, 5, 41, "c");
    private final Source revocation = source(REVOKED, 0, 2, "u");

    private final ArchiveBatch batch = new ArchiveBatch.Builder()
        .observation(obs3at0, live("a", "s1", 0))
        .observation(obs3at1, live("a", "s1", 120))
        .observation(obs3at2, live("b", "s2", 30))
        .observation(obs5at0, live("c", "s3", 60))
        .lifecycle(life3at0, offline("a", 90))
        .invalid(new Rejected(broken, "not_json", "truncated"))
        .revocation(revocation, revoked("u", 100))
        .build();

    @Test
    void theIsolationOrderKeepsEachPartitionInOffsetOrderAndInterleavesThemByTime() {
        // When the batch is ordered for isolation
        List<Source> order = batch.inIsolationOrder();

        // Then every record is there once; each partition in offset order, even where its times go back (obs3 at 12
        // is older than at 11); partitions merged by the time of their next record, an undecodable one at once
        assertThat(order).containsExactly(obs3at0, obs5at0, broken, life3at0, revocation, obs3at1, obs3at2);
    }

    @Test
    void aPartHoldsOnlyItsRecordsAndTheirNextOffsets() {
        // When the batch is narrowed to a run of the isolation order
        ArchiveBatch part = batch.only(List.of(obs3at0, obs5at0, life3at0));

        // Then it holds those records and commits only up to them
        assertThat(part.observations()).extracting(Received::source).containsExactly(obs3at0, obs5at0);
        assertThat(part.lifecycle()).extracting(Received::source).containsExactly(life3at0);
        assertThat(part.channelEvents()).isEmpty();
        assertThat(part.revocations()).isEmpty();
        assertThat(part.invalid()).isEmpty();
        assertThat(part.nextOffsets()).isEqualTo(Map.of(new PartitionKey(OBSERVATIONS, 3), 11L,
            new PartitionKey(OBSERVATIONS, 5), 41L, new PartitionKey(LIFECYCLE, 3), 8L));
    }

    @Test
    void aRefusedPartRejectsItsValidRecordsWithTheReasonAndKeepsTheOthersReasons() {
        // When a part is refused
        ArchiveBatch refused = batch.only(List.of(obs5at0, broken)).refused("database_refused", "SQLState 23514: x");

        // Then each record is rejected, still consumed up to its offset
        assertThat(refused.observations()).isEmpty();
        assertThat(refused.invalid()).containsExactlyInAnyOrder(
            new Rejected(obs5at0, "database_refused", "SQLState 23514: x"),
            new Rejected(broken, "not_json", "truncated"));
        assertThat(refused.nextOffsets()).isEqualTo(Map.of(new PartitionKey(OBSERVATIONS, 5), 42L));
    }
}

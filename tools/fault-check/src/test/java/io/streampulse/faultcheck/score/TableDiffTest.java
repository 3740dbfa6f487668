package io.streampulse.faultcheck.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TableDiffTest {

    @Test
    void sameKeysAndRowsAreEqual() {
        TableDiff diff = TableDiff.of("t", Map.of("a", "(a,1)", "b", "(b,2)"), Map.of("b", "(b,2)", "a", "(a,1)"));

        assertThat(diff.equal()).isTrue();
        assertThat(diff.check("rollups").passed()).isTrue();
    }

    @Test
    void missingExtraAndDifferentRowsAreNamed() {
        // Given a reference and a faulted version of a table
        TableDiff diff = TableDiff.of("t", Map.of("a", "(a,1)", "b", "(b,2)"), Map.of("b", "(b,3)", "c", "(c,1)"));

        // Then
        assertThat(diff).isEqualTo(new TableDiff("t", 2, 2, java.util.List.of("a (a,1)"), java.util.List.of("c (c,1)"),
                java.util.List.of("b: expected (b,2), got (b,3)")));
        assertThat(diff.check("rollups").detail())
                .isEqualTo("t: 2 reference rows, 2 rows; 1 missing: a (a,1); 1 extra: c (c,1); "
                        + "1 different: b: expected (b,2), got (b,3)");
    }

    @Test
    void twoEmptyTablesDoNotPass() {
        // An empty reference means nothing was computed: not evidence of equality
        assertThat(TableDiff.of("t", Map.of(), Map.of()).check("rollups").passed()).isFalse();
    }
}

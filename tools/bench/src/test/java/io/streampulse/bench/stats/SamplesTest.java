package io.streampulse.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void growsPastItsFirstArrayAndSortsACopy() {
        // Given 5,000 samples added in descending order
        Samples samples = new Samples();
        for (long v = 5_000; v >= 1; v--) {
            samples.add(v);
        }

        // When read back sorted
        long[] sorted = samples.sorted();

        // Then all are there, ascending, and the distribution agrees
        assertThat(samples.size()).isEqualTo(5_000);
        assertThat(sorted[0]).isEqualTo(1);
        assertThat(sorted[4_999]).isEqualTo(5_000);
        assertThat(samples.distribution().p95()).isEqualTo(4_750);
    }
}

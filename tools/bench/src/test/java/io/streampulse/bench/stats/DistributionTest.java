package io.streampulse.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistributionTest {

    @ParameterizedTest
    @CsvSource({"0.5, 50", "0.95, 95", "0.99, 99", "1.0, 100", "0.01, 1", "0.001, 1"})
    void nearestRankPercentilesOfOneToHundred(double q, long expected) {
        // Given the samples 1..100
        long[] sorted = LongStream.rangeClosed(1, 100).toArray();

        // When / Then the percentile is the sample at rank ceil(q * n)
        assertThat(Distribution.percentile(sorted, q)).isEqualTo(expected);
    }

    @Test
    void percentileOfFewSamplesRoundsTheRankUp() {
        // Given four samples
        long[] sorted = {10, 20, 30, 40};

        // When / Then p50 is the second (rank 2), p95 and p99 the last (rank 4), p26 the second
        assertThat(new double[] {Distribution.percentile(sorted, 0.5), Distribution.percentile(sorted, 0.95),
            Distribution.percentile(sorted, 0.99), Distribution.percentile(sorted, 0.26)})
            .containsExactly(20, 40, 40, 20);
    }

    @Test
    void summaryHasCountMeanPercentilesAndMax() {
        // Given twenty samples: nineteen of 60 s and one of 120 s (millis)
        long[] sorted = new long[20];
        java.util.Arrays.fill(sorted, 60_000);
        sorted[19] = 120_000;

        // When summarised in seconds
        Distribution d = Distribution.of(sorted).scaled(1000);

        // Then p95 is still 60 s (rank 19), p99 and max 120 s, mean 63 s
        assertThat(d).isEqualTo(new Distribution(20, 63.0, 60.0, 60.0, 120.0, 120.0));
    }

    @Test
    void noSamplesGiveNaN() {
        // Given no samples / When summarised / Then every figure is NaN and the count 0
        Distribution d = Distribution.of(new long[0]);

        assertThat(d.count()).isZero();
        assertThat(new double[] {d.mean(), d.p50(), d.p95(), d.p99(), d.max()}).containsOnly(Double.NaN);
    }

    @Test
    void aQuantileOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Distribution.percentile(new long[] {1}, 0))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Distribution.percentile(new long[] {1}, 1.5))
            .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.streampulse.bench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WrkResultTest {

    private static final String OUTPUT = """
        Running 30s test @ http://127.0.0.1:41234/api/v1/leaderboards/channels
          2 threads and 64 connections
          Thread Stats   Avg      Stdev     Max   +/- Stdev
            Latency     4.12ms    3.01ms  81.50ms   88.10%
            Req/Sec     8.01k   612.33     9.20k    71.00%
          Latency Distribution
             50%    3.40ms
             75%    5.10ms
             90%    7.80ms
             99%   15.22ms
          478512 requests in 30.01s, 512.33MB read
          Socket errors: connect 0, read 2, write 0, timeout 1
          Non-2xx or 3xx responses: 7
        Requests/sec:  15945.12
        Transfer/sec:     17.07MB
        """;

    @Test
    void readsThroughputPercentilesAndErrors() {
        // Given what wrk --latency prints
        // When it is parsed
        WrkResult result = WrkResult.parse(OUTPUT);

        // Then every figure is there, latencies in milliseconds
        assertThat(result.requestsPerSecond()).isEqualTo(15945.12);
        assertThat(result.p50Ms()).isEqualTo(3.40);
        assertThat(result.p90Ms()).isEqualTo(7.80);
        assertThat(result.p99Ms()).isEqualTo(15.22);
        assertThat(result.maxMs()).isEqualTo(81.50);
        assertThat(result.requests()).isEqualTo(478512);
        assertThat(result.non2xx()).isEqualTo(7);
        assertThat(result.socketErrors()).isEqualTo(3);
    }

    @Test
    void aCleanRunHasNoErrorLines() {
        // Given a run without errors, latencies in microseconds and seconds
        String clean = OUTPUT.replace("  Socket errors: connect 0, read 2, write 0, timeout 1\n", "")
            .replace("  Non-2xx or 3xx responses: 7\n", "").replace("3.40ms", "812.00us").replace("81.50ms", "1.20s");

        // When it is parsed
        WrkResult result = WrkResult.parse(clean);

        // Then the errors are 0 and the units are converted
        assertThat(result.non2xx()).isZero();
        assertThat(result.socketErrors()).isZero();
        assertThat(result.p50Ms()).isEqualTo(0.812);
        assertThat(result.maxMs()).isEqualTo(1200.0);
    }

    @Test
    void outputWithoutTheLatencyDistributionIsRefused() {
        // Given output of wrk run without --latency
        String without = OUTPUT.replaceAll("(?s)  Latency Distribution.*?99%\\s+15.22ms\n", "");

        // When / Then parsing it fails with what is missing
        assertThatThrownBy(() -> WrkResult.parse(without)).hasMessageContaining("--latency");
    }

    @Test
    void durationsOfEveryUnit() {
        assertThat(WrkResult.millis("250.00us")).isEqualTo(0.25);
        assertThat(WrkResult.millis("2.00m")).isEqualTo(120_000.0);
    }
}

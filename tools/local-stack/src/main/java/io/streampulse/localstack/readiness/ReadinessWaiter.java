package io.streampulse.localstack.readiness;

import io.streampulse.localstack.Console;
import io.streampulse.localstack.StartupFailure;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Polls every target's readiness URL until all answer 200, printing progress when something changes and at
 * least every {@link #HEARTBEAT}. Fails fast when a process exits before it is ready, and loudly at the
 * deadline, naming who was not ready.
 */
public final class ReadinessWaiter {

    static final Duration POLL = Duration.ofMillis(500);
    static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Console console;

    public ReadinessWaiter(Console console) {
        this.console = console;
    }

    public void awaitAll(List<ReadinessTarget> targets, Instant deadline, Duration timeout) {
        ReadinessBoard board = new ReadinessBoard(targets.stream().map(ReadinessTarget::name).toList());
        Instant lastReport = Instant.now();
        while (!board.allReady()) {
            boolean changed = pollOnce(targets, board);
            if (changed || Duration.between(lastReport, Instant.now()).compareTo(HEARTBEAT) >= 0) {
                console.step(board.progressLine());
                lastReport = Instant.now();
            }
            if (board.allReady()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StartupFailure(board.timeoutMessage(timeout));
            }
            pause();
        }
    }

    private boolean pollOnce(List<ReadinessTarget> targets, ReadinessBoard board) {
        boolean changed = false;
        for (ReadinessTarget target : targets) {
            if (!board.waiting().contains(target.name())) {
                continue;
            }
            if (!target.process().isAlive()) {
                int code = target.process().exitCode().orElse(-1);
                board.markExited(target.name(), code);
                throw new StartupFailure("before it was ready, " + target.process().exitReport());
            }
            if (answersOk(target)) {
                changed |= board.markReady(target.name(), console.elapsed());
            }
        }
        return changed;
    }

    private boolean answersOk(ReadinessTarget target) {
        HttpRequest request = HttpRequest.newBuilder(target.readinessUri()).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while waiting for " + target.name());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("interrupted while waiting for readiness");
        }
    }
}

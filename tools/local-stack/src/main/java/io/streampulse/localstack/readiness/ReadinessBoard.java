package io.streampulse.localstack.readiness;

import io.streampulse.localstack.Console;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who is ready, who is still waiting, who died: the state of a start-up, and the lines that report it.
 * Pure bookkeeping; {@link ReadinessWaiter} feeds it.
 */
public final class ReadinessBoard {

    private final Map<String, Duration> readyAfter = new LinkedHashMap<>();
    private final Map<String, Integer> exitCodes = new LinkedHashMap<>();
    private final List<String> names;

    public ReadinessBoard(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** Records that {@code name} answered ready at {@code elapsed}; false when it already had. */
    public boolean markReady(String name, Duration elapsed) {
        requireKnown(name);
        return readyAfter.putIfAbsent(name, elapsed) == null;
    }

    public void markExited(String name, int exitCode) {
        requireKnown(name);
        exitCodes.putIfAbsent(name, exitCode);
    }

    public boolean allReady() {
        return readyAfter.size() == names.size();
    }

    public List<String> waiting() {
        return names.stream().filter(n -> !readyAfter.containsKey(n)).toList();
    }

    public List<String> exited() {
        return List.copyOf(exitCodes.keySet());
    }

    /** {@code ready 2/3: api (40.1s), ingest (41.0s); waiting: refresh}. */
    public String progressLine() {
        String line = "ready " + readyAfter.size() + "/" + names.size();
        if (!readyAfter.isEmpty()) {
            line += ": " + readyAfter.entrySet().stream()
                    .map(e -> e.getKey() + " (" + Console.seconds(e.getValue()) + ")")
                    .collect(Collectors.joining(", "));
        }
        List<String> waiting = waiting();
        return waiting.isEmpty() ? line : line + "; waiting: " + String.join(", ", waiting);
    }

    /** Names everyone who was not ready in time, and why when known. */
    public String timeoutMessage(Duration timeout) {
        String notReady = waiting().stream()
                .map(n -> exitCodes.containsKey(n) ? n + " (exited with code " + exitCodes.get(n) + ")" : n)
                .collect(Collectors.joining(", "));
        return "not ready after " + timeout.toSeconds() + " s: " + notReady + " (" + progressLine() + ")";
    }

    private void requireKnown(String name) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException("unknown: " + name);
        }
    }
}

package io.streampulse.twitchsim.truth;

import io.streampulse.twitchsim.http.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends ground-truth records to a JSON Lines file from a background thread:
 * {@code {"kind":"session",...}} when a broadcast starts (ended_at null) and ends, {@code {"kind":"event",...}}
 * when a message's outcome is final. A null path makes every call a no-op.
 */
public final class TruthFile implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TruthFile.class);
    private static final String STOP = "\u0000stop";

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread writer;

    public TruthFile(Path path) {
        if (path == null) {
            writer = null;
            return;
        }
        BufferedWriter out;
        try {
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open ground truth file " + path, e);
        }
        writer = new Thread(() -> drain(out), "twitch-sim-truth-file");
        writer.setDaemon(true);
        writer.start();
    }

    public void append(String kind, Map<String, Object> record) {
        if (writer == null) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", kind);
        line.putAll(record);
        lines.add(Json.string(line));
    }

    private void drain(BufferedWriter out) {
        try (out) {
            List<String> batch = new ArrayList<>();
            while (true) {
                String first = lines.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                lines.drainTo(batch, 10_000);
                for (String line : batch) {
                    if (STOP.equals(line)) {
                        out.flush();
                        return;
                    }
                    out.write(line);
                    out.newLine();
                }
                batch.clear();
                out.flush();
            }
        } catch (IOException e) {
            LOG.error("ground truth file write failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            lines.add(STOP);
            try {
                writer.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

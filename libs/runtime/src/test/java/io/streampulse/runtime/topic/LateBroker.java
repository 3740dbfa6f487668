package io.streampulse.runtime.topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A bootstrap address where "Kafka" is not there yet: nothing listens on {@link #bootstrapServers()}
 * until {@link #arrive()}, which then forwards every connection to the real broker. Kafka clients only
 * bootstrap through it; afterwards they talk to the broker's advertised address directly.
 */
final class LateBroker implements AutoCloseable {

    private final int port;
    private final String target;
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    LateBroker(String realBootstrapServers) {
        this.port = freePort();
        this.target = realBootstrapServers.split(",")[0];
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts listening and forwarding to the real broker. */
    void arrive() throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        open.add(server);
        daemon("late-broker-accept", () -> acceptLoop(server));
    }

    private void acceptLoop(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                int colon = target.lastIndexOf(':');
                Socket broker = new Socket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
                open.add(client);
                open.add(broker);
                pipe(client, broker);
                pipe(broker, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        daemon("late-broker-pipe", () -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // one side closed: the other side's pipe ends too
            }
        });
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }
}

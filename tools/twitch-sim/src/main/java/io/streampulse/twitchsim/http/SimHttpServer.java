package io.streampulse.twitchsim.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDK HttpServer with a fixed thread pool. Each mounted {@link Route} gets an {@link HttpCall}; an
 * {@link ApiError} becomes its JSON body, anything else a Helix-style 500, so no request ever goes unanswered.
 * Note: the JDK server normalizes response header names to "Ratelimit-limit" style; HTTP header names are
 * case-insensitive, so clients must (and Java/Micronaut clients do) match them ignoring case.
 */
public final class SimHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimHttpServer.class);
    private static final int THREADS = 48;

    static {
        // Without TCP_NODELAY, the JDK server's separate header/body writes meet delayed ACKs: ~40 ms per request.
        // Read once when the JDK's ServerConfig class loads, i.e. before the first HttpServer of the JVM.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Handles the requests under one path prefix. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpCall call) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor;

    public SimHttpServer(String bindAddress, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(bindAddress, port), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + bindAddress + ":" + port, e);
        }
        AtomicInteger threadNumber = new AtomicInteger();
        executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "twitch-sim-http-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
    }

    public void mount(String prefix, Route route) {
        server.createContext(prefix, exchange -> {
            HttpCall call = new HttpCall(exchange);
            try {
                route.handle(call);
            } catch (ApiError error) {
                respond(call, error);
            } catch (RuntimeException | IOException e) {
                LOG.warn("{} {} failed", call.method(), call.path(), e);
                respond(call, ApiError.helix(500, "internal simulator error: " + e.getClass().getSimpleName()));
            } finally {
                exchange.close();
            }
        });
    }

    private static void respond(HttpCall call, ApiError error) {
        if (!call.responded()) {
            call.json(error.status(), error.body());
        }
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

package io.streampulse.api.sse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * An event-stream client as a browser's EventSource reads it: lines into frames ({@code id}, {@code event},
 * {@code data}, comments, {@code retry}), a frame ending at an empty line. Frames are queued, or handed to a
 * listener as they arrive (for latency measurements). Closing it drops the connection.
 */
public final class SseTestClient implements AutoCloseable {

    /** One frame; absent fields are null. */
    public record Frame(String id, String event, String data, String comment, String retry) {
        boolean isEvent() {
            return data != null;
        }
    }

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Void>> response;
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
    private final Consumer<Frame> listener;

    private SseTestClient(HttpClient http, URI uri, String lastEventId, Consumer<Frame> listener) {
        this.listener = listener;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        this.response = http.sendAsync(request.build(), info -> {
            status.complete(info.statusCode());
            return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines());
        });
        response.whenComplete((done, error) -> status.completeExceptionally(
            error != null ? error : new IllegalStateException("the stream ended")));
    }

    public static SseTestClient connect(HttpClient http, URI uri, String lastEventId) {
        return new SseTestClient(http, uri, lastEventId, null);
    }

    /** A client that hands every frame to {@code listener} on the HTTP client's thread instead of queueing it. */
    public static SseTestClient listen(HttpClient http, URI uri, Consumer<Frame> listener) {
        return new SseTestClient(http, uri, null, listener);
    }

    /** Waits until the response headers arrived; answers the status. */
    public int status(Duration timeout) throws Exception {
        return status.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next frame, or null after {@code timeout}. */
    public Frame next(Duration timeout) throws InterruptedException {
        return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next {@code count} event frames (comments and retry hints skipped); fails when they do not come in time. */
    public List<Frame> events(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Frame> events = new ArrayList<>();
        while (events.size() < count) {
            long left = deadline - System.nanoTime();
            Frame frame = left > 0 ? frames.poll(left, TimeUnit.NANOSECONDS) : null;
            if (frame == null) {
                throw new AssertionError("expected " + count + " events, got " + events);
            }
            if (frame.isEvent()) {
                events.add(frame);
            }
        }
        return events;
    }

    /** Event frames that arrive within {@code quiet} (to show that nothing more comes). */
    public List<Frame> eventsWithin(Duration quiet) throws InterruptedException {
        long deadline = System.nanoTime() + quiet.toNanos();
        List<Frame> events = new ArrayList<>();
        for (long left = quiet.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Frame frame = frames.poll(left, TimeUnit.NANOSECONDS);
            if (frame != null && frame.isEvent()) {
                events.add(frame);
            }
        }
        return events;
    }

    @Override
    public void close() {
        subscription.thenAccept(Flow.Subscription::cancel);
        response.cancel(true);
    }

    private final class Lines implements Flow.Subscriber<String> {
        private String id;
        private String event;
        private StringBuilder data;
        private String comment;
        private String retry;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription.complete(s);
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                emit();
            } else if (line.startsWith(":")) {
                comment = line.substring(1).trim();
            } else {
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> event = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    case "retry" -> retry = value;
                    default -> { }
                }
            }
        }

        private void emit() {
            Frame frame = new Frame(id, event, data == null ? null : data.toString(), comment, retry);
            id = null;
            event = null;
            data = null;
            comment = null;
            retry = null;
            if (listener != null) {
                listener.accept(frame);
            } else {
                frames.add(frame);
            }
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }
}

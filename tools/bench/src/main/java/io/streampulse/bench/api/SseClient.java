package io.streampulse.bench.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One event-stream client as a browser's EventSource reads it: lines into frames, a frame ending at an empty line;
 * each frame's {@code data} (null for comments and retry hints) goes to the listener on the HTTP client's thread,
 * as it arrives. Closing it drops the connection.
 */
final class SseClient implements AutoCloseable {

    private final CompletableFuture<HttpResponse<Void>> response;
    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
    private final Consumer<String> listener;

    /** {@code apiKey}: one bench process stands for many browsers, so it counts in a key's window, not one address's. */
    SseClient(HttpClient http, URI uri, String apiKey, Consumer<String> listener) {
        this.listener = listener;
        this.response = http.sendAsync(HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .header("X-Api-Key", apiKey).build(),
            info -> {
                status.complete(info.statusCode());
                return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines());
            });
        response.whenComplete((done, error) -> status.completeExceptionally(
            error != null ? error : new IllegalStateException("the stream ended")));
    }

    /** The response status, once the headers arrived. */
    int status(long timeoutMillis) throws Exception {
        return status.get(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        subscription.thenAccept(Flow.Subscription::cancel);
        response.cancel(true);
    }

    private final class Lines implements Flow.Subscriber<String> {
        private StringBuilder data;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription.complete(s);
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.isEmpty()) {
                listener.accept(data == null ? null : data.toString());
                data = null;
            } else if (line.startsWith("data:")) {
                String value = line.substring(5).replaceFirst("^ ", "");
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
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

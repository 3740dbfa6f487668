package io.streampulse.api.sse;

import java.util.concurrent.ArrayBlockingQueue;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * One connected client: a bounded buffer of frames it has not taken yet. Offering to a full buffer (the client
 * reads slower than its channel produces) fails: the client is then cut off at once, so it never holds up the
 * others, and its buffer is freed; a browser reconnects with its Last-Event-ID and resumes without a gap.
 */
final class SseClient {

    private final Sinks.Many<EventFrame> frames;
    private final Sinks.One<Boolean> cutOff = Sinks.one();

    SseClient(int bufferSize) {
        this.frames = Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<>(bufferSize));
    }

    /** Queues a frame; false when the buffer is full (the client has then been cut off). */
    synchronized boolean offer(EventFrame frame) {
        Sinks.EmitResult result = frames.tryEmitNext(frame);
        if (result.isSuccess()) {
            return true;
        }
        cutOff();
        return false;
    }

    /** Ends the stream now, dropping what is buffered. */
    void cutOff() {
        cutOff.tryEmitValue(Boolean.TRUE);
    }

    /** The live frames, until the client is cut off. */
    Flux<EventFrame> live() {
        return frames.asFlux();
    }

    /** Completes when the client is cut off: the whole response ends then. */
    Flux<Boolean> cutOffSignal() {
        return cutOff.asMono().flux();
    }
}

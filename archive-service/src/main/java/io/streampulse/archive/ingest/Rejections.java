package io.streampulse.archive.ingest;

import java.util.List;

/**
 * Where rejected records go (the dead-letter topic). {@link #deadLetter(List)} returns once every record is
 * safely stored there, or throws {@link Unavailable}: the batch's offsets are committed only after it returned.
 */
public interface Rejections {

    void deadLetter(List<Rejected> rejected);

    /** The dead-letter topic did not take the records (Kafka unavailable): the batch fails and is retried later. */
    final class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

package io.streampulse.archive.ingest;

import java.util.List;

/**
 * Where rejected records go (the dead-letter topic). {@link #deadLetter(List)} returns once every record is
 * safely stored there, or throws: the batch's offsets are committed only after it returned.
 */
public interface Rejections {

    void deadLetter(List<Rejected> rejected);
}

package io.streampulse.archive.export;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Reads the rows of one table for one UTC day, in a stable order, as text fields (null for SQL NULL). */
public interface ExportSource {

    void rows(ExportTable table, LocalDate day, Consumer<List<String>> row) throws Exception;
}

package io.streampulse.archive.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV, as BigQuery, Snowflake and DuckDB load it: fields separated by commas, records ended by LF, a field
 * quoted (quotes doubled) when it holds a comma, quote, CR or LF or when it is an empty string; a null is an
 * empty, unquoted field (loaded as NULL), so NULL and "" stay distinct.
 */
final class CsvWriter {

    private final Writer out;
    private final int columns;

    CsvWriter(Writer out, List<String> header) {
        this.out = out;
        this.columns = header.size();
        writeFields(header);
    }

    void write(List<String> row) {
        if (row.size() != columns) {
            throw new IllegalArgumentException("a row has " + row.size() + " fields, the header " + columns);
        }
        writeFields(row);
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.isEmpty()) {
            return "\"\"";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private void writeFields(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package io.streampulse.localstack.process;

import io.streampulse.localstack.Console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Copies a child's output line by line to the console (prefixed), its log file and its tail. */
final class OutputPump implements Runnable {

    private final ChildProcess child;
    private final InputStream output;
    private final LinePrefixer prefixer;
    private final Console console;
    private final Writer logFile;
    private final boolean echo;

    OutputPump(ChildProcess child, InputStream output, LinePrefixer prefixer, Console console, Writer logFile,
               boolean echo) {
        this.child = child;
        this.output = output;
        this.prefixer = prefixer;
        this.console = console;
        this.logFile = logFile;
        this.echo = echo;
    }

    @Override
    public void run() {
        try (logFile; BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (echo) {
                    console.println(prefixer.apply(line));
                }
                child.remember(line);
                logFile.write(line);
                logFile.write('\n');
                logFile.flush();
            }
        } catch (IOException streamClosed) {
            // the process is gone; nothing more to copy
        }
    }
}

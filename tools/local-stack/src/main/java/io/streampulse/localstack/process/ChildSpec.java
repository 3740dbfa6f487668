package io.streampulse.localstack.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A Java child process to start: its short name (the output prefix), the arguments after {@code java}, the
 * variables added to the inherited environment, its working directory, and whether its output is echoed to the
 * console (it always goes to its log file).
 */
public record ChildSpec(String name, List<String> javaArguments, Map<String, String> environment,
                        Path workingDirectory, boolean echo) {

    public static ChildSpec echoed(String name, List<String> javaArguments, Map<String, String> environment,
                                   Path workingDirectory) {
        return new ChildSpec(name, javaArguments, environment, workingDirectory, true);
    }

    public ChildSpec {
        javaArguments = List.copyOf(javaArguments);
        environment = Map.copyOf(environment);
    }
}

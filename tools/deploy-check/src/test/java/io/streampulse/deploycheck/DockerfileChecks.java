package io.streampulse.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** An image per runnable module: small JRE 17 base, non-root uid 10001, heap from the memory limit. */
final class DockerfileChecks {

    static final Pattern ALLOWED_BASES = Pattern.compile(
        "eclipse-temurin:17[\\w.]*-jre(-alpine|-jammy|-noble|-focal)?|gcr\\.io/distroless/java17-debian\\d+(:[\\w-]+)?");

    private DockerfileChecks() {
    }

    static List<String> violations(Dockerfile dockerfile, String artifactId, int port, Set<String> read) {
        List<String> violations = new ArrayList<>();
        if (!ALLOWED_BASES.matcher(dockerfile.baseImage()).matches()) {
            violations.add("base image " + dockerfile.baseImage() + " is not a Java 17 JRE image");
        }
        List<String> users = dockerfile.arguments("USER");
        if (users.isEmpty() || !users.get(users.size() - 1).matches("10001(:10001)?")) {
            violations.add("must end with USER 10001 (non-root), has " + users);
        }
        Map<String, String> env = dockerfile.environment();
        String javaOptions = env.getOrDefault("JAVA_TOOL_OPTIONS", "");
        if (!javaOptions.contains("-XX:MaxRAMPercentage=") || !javaOptions.contains("-XX:+ExitOnOutOfMemoryError")) {
            violations.add("JAVA_TOOL_OPTIONS must size the heap from the container limit (-XX:MaxRAMPercentage) "
                + "and exit on OOM, is '" + javaOptions + "'");
        }
        env.keySet().stream().filter(name -> !read.contains(name))
            .forEach(name -> violations.add("ENV " + name + " is not read by the program"));
        String jar = "target/" + artifactId + ".jar";
        if (dockerfile.arguments("COPY").stream().noneMatch(args -> args.startsWith(jar + " "))) {
            violations.add("must COPY the shaded jar " + jar);
        }
        if (dockerfile.arguments("EXPOSE").stream().noneMatch(args -> args.matches("(.*\\s)?" + port + "(/tcp)?(\\s.*)?"))) {
            violations.add("must EXPOSE the configured port " + port + ", exposes " + dockerfile.arguments("EXPOSE"));
        }
        if (dockerfile.arguments("ENTRYPOINT").stream().noneMatch(args -> args.contains(artifactId + ".jar"))) {
            violations.add("ENTRYPOINT must run " + artifactId + ".jar");
        }
        return violations;
    }

    /** Only the jar goes into the build context. */
    static List<String> dockerignore(String text, String artifactId) {
        List<String> lines = text.lines().map(String::strip).toList();
        return lines.contains("*") && lines.contains("!target/" + artifactId + ".jar") ? List.of()
            : List.of(".dockerignore must exclude everything ('*') but '!target/" + artifactId + ".jar'");
    }
}

package io.streampulse.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every runnable module has a small, non-root image built from its shaded jar. */
class DockerfilesTest {

    private static final Pattern ARTIFACT_ID = Pattern.compile("</parent>.*?<artifactId>([^<]+)</artifactId>", Pattern.DOTALL);

    static Stream<Arguments> runnableModules() {
        Stream<Arguments> services = Arrays.stream(ServiceModule.values())
            .map(s -> Arguments.of(s.module, s.config().port(), s.config().environmentVariables()));
        return Stream.concat(services, Stream.of(Arguments.of(SimulatorConfig.MODULE, SimulatorConfig.DEFAULT_PORT,
            SimulatorConfig.environmentVariables())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runnableModules")
    void imageRunsTheShadedJarAsNonRootWithTheHeapSizedFromTheLimit(String module, int port, Set<String> read) {
        // Given the module's Dockerfile, .dockerignore and artifact id
        Path dir = Repo.path(module);
        String artifactId = artifactId(dir);
        assertThat(dir.resolve("Dockerfile")).as(module + "/Dockerfile").isRegularFile();
        assertThat(dir.resolve(".dockerignore")).as(module + "/.dockerignore").isRegularFile();

        // When both are checked
        List<String> violations = new ArrayList<>(DockerfileChecks.violations(
            Dockerfile.parse(Repo.read(dir.resolve("Dockerfile"))), artifactId, port, read));
        violations.addAll(DockerfileChecks.dockerignore(Repo.read(dir.resolve(".dockerignore")), artifactId));

        // Then nothing is wrong
        assertThat(violations).isEmpty();
    }

    @Test
    void aRootImageWithoutMemorySettingsIsReported() {
        // Given a Dockerfile that runs as root, on a JDK image, without JAVA_TOOL_OPTIONS, exposing another port
        Dockerfile dockerfile = Dockerfile.parse("""
            FROM eclipse-temurin:21-jdk
            ENV API_KEY=abc
            COPY target/api-service.jar /app/api-service.jar
            EXPOSE 9000
            ENTRYPOINT ["java", "-jar", "/app/api-service.jar"]
            """);

        // Then every deviation is named
        assertThat(DockerfileChecks.violations(dockerfile, "api-service", 8080, Set.of("JAVA_TOOL_OPTIONS"))).containsExactly(
            "base image eclipse-temurin:21-jdk is not a Java 17 JRE image",
            "must end with USER 10001 (non-root), has []",
            "JAVA_TOOL_OPTIONS must size the heap from the container limit (-XX:MaxRAMPercentage) and exit on OOM, is ''",
            "ENV API_KEY is not read by the program",
            "must EXPOSE the configured port 8080, exposes [9000]");
    }

    @Test
    void aDockerignoreThatLetsTheSourcesInIsReported() {
        assertThat(DockerfileChecks.dockerignore("target/classes\n", "api-service"))
            .containsExactly(".dockerignore must exclude everything ('*') but '!target/api-service.jar'");
    }

    @Test
    void continuationLinesAndQuotedEnvValuesAreParsed() {
        Dockerfile dockerfile = Dockerfile.parse("""
            # syntax=docker/dockerfile:1
            FROM build AS jar
            FROM eclipse-temurin:17-jre-alpine
            ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \\
                AGGREGATOR_STATE_DIR=/var/lib/state
            USER 10001:10001
            """);

        assertThat(dockerfile.baseImage()).isEqualTo("eclipse-temurin:17-jre-alpine");
        assertThat(dockerfile.environment()).containsExactly(
            Map.entry("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"),
            Map.entry("AGGREGATOR_STATE_DIR", "/var/lib/state"));
    }

    static String artifactId(Path moduleDir) {
        Path pom = moduleDir.resolve("pom.xml");
        assertThat(Files.isRegularFile(pom)).as(pom + " exists").isTrue();
        Matcher matcher = ARTIFACT_ID.matcher(Repo.read(pom));
        assertThat(matcher.find()).as("artifactId in " + pom).isTrue();
        return matcher.group(1);
    }
}

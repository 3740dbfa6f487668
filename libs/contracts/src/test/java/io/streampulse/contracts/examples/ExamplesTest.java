package io.streampulse.contracts.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.streampulse.contracts.samples.ContractSamples;
import io.streampulse.contracts.samples.ContractSamples.Sample;
import io.streampulse.contracts.support.Codec;
import io.streampulse.contracts.support.Schemas;
import io.streampulse.contracts.topic.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example files under src/main/resources/examples are the serialised sample records. Regenerate them
 * after changing a sample or a record with
 * {@code ./mvnw -B -pl libs/contracts test -Dtest=ExamplesTest -Dcontracts.writeExamples=true}; without
 * the property the test checks the files instead of writing them.
 */
class ExamplesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final ObjectMapper TREES = new ObjectMapper();

    static Stream<Sample> samples() {
        return ContractSamples.all().stream();
    }

    @BeforeAll
    static void writeExamplesWhenAsked() throws IOException {
        if (!Boolean.getBoolean("contracts.writeExamples")) {
            return;
        }
        for (Sample sample : ContractSamples.all()) {
            byte[] compact = Codec.serialize(sample.topic(), null, sample.value());
            Path file = RESOURCES.resolve(sample.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, TREES.writerWithDefaultPrettyPrinter().writeValueAsString(TREES.readTree(compact)) + "\n");
        }
        List<String> index = ContractSamples.all().stream().map(Sample::path).toList();
        Files.writeString(RESOURCES.resolve(ContractExamples.INDEX), String.join("\n", index) + "\n");
        throw new IllegalStateException("examples rewritten into " + RESOURCES.toAbsolutePath()
            + "; run the build again without -Dcontracts.writeExamples");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void exampleFileIsTheSerialisedSample(Sample sample) throws IOException {
        // Given the example file shipped for this sample
        byte[] file = ContractExamples.bytes(sample.path());

        // When it is decoded with the topic's serde, and the sample serialised
        Object decoded = Codec.deserialize(sample.topic(), null, file);
        byte[] serialised = Codec.serialize(sample.topic(), null, sample.value());

        // Then both agree, field for field
        assertThat(decoded).isEqualTo(sample.value());
        assertThat(TREES.readTree(file)).isEqualTo(TREES.readTree(serialised));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void exampleFileValidatesAgainstItsTopicSchema(Sample sample) {
        assertThat(Schemas.errors(sample.topic().name(), ContractExamples.bytes(sample.path()))).isEmpty();
    }

    @Test
    void indexListsExactlyTheSamples() {
        List<String> expected = ContractSamples.all().stream().map(Sample::path).toList();

        assertThat(ContractExamples.paths()).containsExactlyElementsOf(expected);
    }

    @Test
    void everyTopicHasAnExampleAndNoExampleFolderIsStale() throws IOException {
        List<String> topicsWithExamples = ContractSamples.all().stream().map(s -> s.topic().name()).distinct().toList();
        List<String> folders;
        try (Stream<Path> dirs = Files.list(RESOURCES.resolve("examples"))) {
            folders = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
        }

        assertThat(topicsWithExamples).containsExactlyInAnyOrderElementsOf(
            Topics.all().stream().map(t -> t.name()).toList());
        assertThat(folders).containsExactlyInAnyOrderElementsOf(topicsWithExamples);
    }

    @Test
    void everyExampleFileOnDiskIsASample() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("examples"))) {
            onDisk = files.filter(f -> f.toString().endsWith(".json"))
                .map(f -> RESOURCES.relativize(f).toString().replace('\\', '/')).toList();
        }

        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(
            ContractSamples.all().stream().map(Sample::path).toList());
    }

    @Test
    void readDecodesANamedExampleWithTheTopicSerde() {
        assertThat(ContractExamples.read(Topics.STREAMS_LIFECYCLE, "stream.online"))
            .isEqualTo(io.streampulse.contracts.samples.StreamSamples.online());
    }
}

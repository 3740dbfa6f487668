package io.streampulse.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Multi-document YAML as Jackson trees; empty documents are dropped. */
final class Yaml {

    private static final YAMLMapper MAPPER = new YAMLMapper();

    private Yaml() {
    }

    static List<JsonNode> documents(String text, String source) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(source + " is not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    static List<JsonNode> documents(Path file) {
        return documents(Repo.read(file), Repo.ROOT.relativize(file.toAbsolutePath()).toString());
    }

    static JsonNode document(Path file) {
        List<JsonNode> documents = documents(file);
        if (documents.size() != 1) {
            throw new AssertionError(file + " should hold one YAML document, holds " + documents.size());
        }
        return documents.get(0);
    }

}

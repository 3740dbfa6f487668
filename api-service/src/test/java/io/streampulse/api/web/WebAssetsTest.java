package io.streampulse.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules the web assets keep, read from the source files (no browser needed). */
class WebAssetsTest {

    private static final Path PUBLIC = Path.of("src/main/resources/public");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([a-z]+\\.js)'");

    @Test
    void scriptsNeverParseDataAsHtml() {
        // Given every script of the pages
        List<Path> scripts = files("assets/js", ".js");

        // Then none writes HTML from strings: data only ever becomes text nodes and attributes
        assertThat(scripts).isNotEmpty().allSatisfy(script -> assertThat(read(script))
            .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function", "createContextualFragment", "srcdoc"));
    }

    @Test
    void pagesHaveNoInlineScriptOrStyleAndNothingFromOtherOrigins() {
        // Given the page templates (served with a Content-Security-Policy that allows only 'self')
        List<Path> pages = files("pages", ".html");

        // Then scripts and styles are files of our own; nothing is loaded from a CDN
        assertThat(pages).hasSize(5).allSatisfy(page -> assertThat(read(page))
            .doesNotContain("<style", " style=", "onclick=", "onload=", "javascript:", "//cdn", "https://")
            .doesNotContainPattern("<script(?![^>]*\\bsrc=\"/assets/js/)"));
    }

    @Test
    void everyModuleImportedByAnotherExists() {
        // Given every relative import of every module
        List<Path> scripts = files("assets/js", ".js");

        // Then each names a module that is there (a typo would only show in a browser)
        assertThat(scripts).allSatisfy(script -> {
            Matcher imports = IMPORT.matcher(read(script));
            while (imports.find()) {
                assertThat(PUBLIC.resolve("assets/js").resolve(imports.group(1))).as("import in " + script).exists();
            }
        });
    }

    private static List<Path> files(String folder, String suffix) {
        try (Stream<Path> walk = Files.walk(PUBLIC.resolve(folder))) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.brieflens.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javafx.css.CssParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stylesheet parses without error: JavaFX skips what follows a broken rule silently. */
class StylesheetsTest {

    static List<Path> stylesheets() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            return files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
        }
    }

    @AfterEach
    void forgetErrors() {
        CssParser.errorsProperty().clear();
    }

    @ParameterizedTest
    @MethodSource("stylesheets")
    void parsesWithoutErrors(Path stylesheet) throws IOException {
        CssParser.errorsProperty().clear();
        URL url = stylesheet.toUri().toURL();

        new CssParser().parse(url);

        assertThat(CssParser.errorsProperty()).as(stylesheet.toString()).isEmpty();
    }
}

package dev.hpolint.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the golden cases under {@code src/test/resources/cases}. */
final class GoldenCases {
  static final Path ROOT = Path.of("src/test/resources/cases");

  private GoldenCases() {}

  static List<GoldenCase> all() {
    List<GoldenCase> cases = new ArrayList<>();
    if (!Files.isDirectory(ROOT)) {
      return cases;
    }
    try (Stream<Path> rules = Files.list(ROOT)) {
      for (Path ruleDir : rules.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(ruleDir)) {
          for (Path file : files.sorted().toList()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
              Path fixed = file.resolveSibling(name + ".fixed");
              cases.add(
                  new GoldenCase(
                      ruleDir.getFileName().toString(),
                      file,
                      file.resolveSibling(name + ".expected"),
                      Files.exists(fixed) ? fixed : null));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }
}

package dev.hpolint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.rules.load.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in rule files load without a single problem, and the index names every one. */
class BuiltInRulesTest {
  private static final Path FOLDER =
      Path.of("../schema/src/main/resources/dev/hpolint/schema/rules");

  @Test
  void everyBuiltInRuleFileLoadsCleanly() {
    assertThat(BuiltInRules.get().problems().stream().map(RuleProblem::format)).isEmpty();
    assertThat(BuiltInRules.get().checks()).hasSameSizeAs(BuiltInRules.fileNames());
  }

  @Test
  void theIndexListsEveryRuleFile() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      assertThat(BuiltInRules.fileNames())
          .containsExactlyInAnyOrderElementsOf(
              files
                  .map(f -> f.getFileName().toString())
                  .filter(n -> n.endsWith(".rules"))
                  .toList());
    }
  }
}

package dev.hpolint.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hpolint.api.LintConfig;
import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The real-world corpus beside the repository ({@code ../shared/corpus/real}, present in CI, absent
 * on a newcomer's clone): documents that created real jobs must get no error from any rule, and
 * each broken one must get at least one of the findings {@code expected.json} names.
 */
class RealCorpusTest {
  private static final Linter LINTER = Linter.create(LintConfig.DEFAULT);

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    Path dir = locate();
    assumeTrue(dir != null, "the shared corpus is not beside this checkout");
    JsonNode expectations = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
    List<DynamicTest> tests = new ArrayList<>();
    expectations
        .fields()
        .forEachRemaining(
            entry ->
                tests.add(
                    DynamicTest.dynamicTest(
                        entry.getKey(),
                        () -> check(dir.resolve(entry.getKey()), entry.getValue()))));
    return tests.stream();
  }

  private static void check(Path file, JsonNode expectation) throws IOException {
    LintResult result = LINTER.lint(file.getFileName().toString(), Files.readAllBytes(file));
    List<Diagnostic> errors =
        result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    if ("no-errors".equals(expectation.path("expect").asText())) {
      assertThat(errors).as("errors in a document that created a real job").isEmpty();
      return;
    }
    List<String> wanted = new ArrayList<>();
    expectation.path("oneOf").forEach(id -> wanted.add(id.asText()));
    List<String> implemented = wanted.stream().filter(id -> LINTER.rule(id) != null).toList();
    assumeTrue(!implemented.isEmpty(), "none of " + wanted + " is implemented yet");
    assertThat(errors)
        .as("errors of " + file.getFileName())
        .anySatisfy(d -> assertThat(implemented).contains(d.ruleId()));
  }

  /** {@code ../shared/corpus/real} from the repository root, found from the module directory. */
  static Path locate() {
    String configured = System.getProperty("hpolint.corpus");
    if (configured != null) {
      return Files.isDirectory(Path.of(configured)) ? Path.of(configured) : null;
    }
    Path current = Path.of("").toAbsolutePath();
    for (int up = 0; up < 4 && current != null; up++, current = current.getParent()) {
      Path candidate = current.resolve("shared/corpus/real");
      if (Files.isRegularFile(candidate.resolve("expected.json"))) {
        return candidate;
      }
    }
    return null;
  }
}

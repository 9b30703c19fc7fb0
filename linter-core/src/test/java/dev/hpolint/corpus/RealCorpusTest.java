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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real requests that created jobs must get no error from any rule (a rule that fires there is too
 * strict or wrong), and broken ones must be caught by one of the rules their entry names, once
 * those rules exist. Runs when the shared corpus sits beside the repository (as in CI), and is
 * skipped elsewhere.
 */
class RealCorpusTest {
  private static final Path CORPUS = Path.of("../../shared/corpus/real");
  private static final Linter LINTER = Linter.create(LintConfig.DEFAULT);

  @TestFactory
  Stream<DynamicTest> realRequests() throws IOException {
    Path expectations = CORPUS.resolve("expected.json");
    assumeTrue(Files.isRegularFile(expectations), "the shared corpus is not beside the repository");
    JsonNode expected = new ObjectMapper().readTree(expectations.toFile());
    List<DynamicTest> tests = new ArrayList<>();
    expected
        .fields()
        .forEachRemaining(
            entry ->
                tests.add(
                    DynamicTest.dynamicTest(
                        entry.getKey(), () -> check(entry.getKey(), entry.getValue()))));
    return tests.stream();
  }

  private static void check(String name, JsonNode expectation) throws IOException {
    Path file = CORPUS.resolve(name);
    LintResult result = LINTER.lint(name, Files.readAllBytes(file));
    List<Diagnostic> errors =
        result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    if ("no-errors".equals(expectation.path("expect").asText())) {
      assertThat(errors.stream().map(RealCorpusTest::describe))
          .as("a real request that created a job gets no error")
          .isEmpty();
      return;
    }
    Set<String> oneOf = new java.util.TreeSet<>();
    expectation.path("oneOf").forEach(id -> oneOf.add(id.asText()));
    Set<String> implemented =
        oneOf.stream().filter(id -> LINTER.rule(id) != null).collect(Collectors.toSet());
    assumeTrue(!implemented.isEmpty(), "none of " + oneOf + " is implemented yet");
    assertThat(errors.stream().map(Diagnostic::ruleId).filter(implemented::contains))
        .as("a broken request is caught by one of " + implemented)
        .isNotEmpty();
  }

  private static String describe(Diagnostic d) {
    return d.ruleId() + " " + d.pointer() + ": " + d.message();
  }
}

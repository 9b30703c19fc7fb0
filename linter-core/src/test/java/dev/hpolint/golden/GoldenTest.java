package dev.hpolint.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hpolint.api.LintConfig;
import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.fix.FixApplier;
import dev.hpolint.source.Range;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden case: the findings of the case's rule must be exactly those of its {@code
 * .expected} file (line:column ranges, severity, rule id and JSON Pointer), and applying the rule's
 * fixes must give the {@code .fixed} text. Expected lines read {@code 3:5-3:19 error HPO-EXAMPLE
 * #/Pointer/To/Node} with one-based lines and columns and an exclusive end.
 */
class GoldenTest {
  private static final Linter LINTER = Linter.create(LintConfig.DEFAULT);

  /**
   * With {@code -Dgolden.update=true} the test rewrites the .expected and .fixed files of the cases
   * it runs instead of comparing them; review the diff before committing.
   */
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TestFactory
  Stream<DynamicTest> goldenCases() {
    return GoldenCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
  }

  private static void run(GoldenCase golden) throws IOException {
    assumeTrue(
        LINTER.rule(golden.ruleId()) != null,
        "rule " + golden.ruleId() + " is not implemented yet");
    String text = Files.readString(golden.document(), StandardCharsets.UTF_8);
    LintResult result =
        LINTER.lint(
            golden.document().getFileName().toString(), text.getBytes(StandardCharsets.UTF_8));
    List<Diagnostic> ofRule =
        result.diagnostics().stream().filter(d -> d.ruleId().equals(golden.ruleId())).toList();
    List<String> actual = ofRule.stream().map(GoldenTest::line).toList();
    if (UPDATE) {
      Files.writeString(
          golden.expected(), actual.isEmpty() ? "" : String.join("\n", actual) + "\n");
      if (golden.fixed() != null) {
        Files.writeString(golden.fixed(), FixApplier.applyFirstFixes(text, ofRule));
      }
      return;
    }
    List<String> expected =
        Files.exists(golden.expected())
            ? Files.readAllLines(golden.expected()).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("//"))
                .toList()
            : List.of();
    assertThat(actual)
        .as("findings of %s in %s", golden.ruleId(), golden.document())
        .isEqualTo(expected);
    ofRule.forEach(d -> assertThat(d.message()).as("message of " + line(d)).isNotBlank());
    if (golden.isPassing()) {
      assertThat(
              result.diagnostics().stream()
                  .filter(d -> d.severity() == Severity.ERROR)
                  .map(GoldenTest::describe))
          .as("a pass-* case must have no error from any rule")
          .isEmpty();
    }
    if (golden.fixed() != null) {
      String fixed = FixApplier.applyFirstFixes(text, ofRule);
      assertThat(fixed)
          .as("text after the fixes of " + golden.ruleId())
          .isEqualTo(Files.readString(golden.fixed(), StandardCharsets.UTF_8));
    }
  }

  static String line(Diagnostic d) {
    Range r = d.range();
    return String.format(
        "%d:%d-%d:%d %s %s #%s",
        r.start().line() + 1,
        r.start().column() + 1,
        r.end().line() + 1,
        r.end().column() + 1,
        d.severity().label(),
        d.ruleId(),
        d.pointer());
  }

  private static String describe(Diagnostic d) {
    return line(d) + " " + d.message();
  }
}

package dev.hpolint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.api.LintConfig;
import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.source.SourceText;
import org.junit.jupiter.api.Test;

class SafeFixerTest {
  private static final Linter LINTER = Linter.create(LintConfig.DEFAULT);

  private static final String YAML =
      """
      # keep me
      HyperParameterTuningJobName: churn-xgb   # and me
      HyperParameterTuningJobConfig:
        Strategy: bayesian
        ResourceLimits:
          MaxNumberOfTrainingJobs: 10
          MaxParallelTrainingJobs: 2
        TrainingJobEarlyStoppingType: OFF
      """;

  private static SafeFixer.Fixed fix(String name, String text) {
    return SafeFixer.fix(LINTER, LINTER.lint(SourceText.of(name, text)));
  }

  @Test
  void appliesEverySafeFixAndKeepsCommentsAndLayout() {
    SafeFixer.Fixed fixed = fix("job.yaml", YAML);
    assertThat(fixed.text())
        .isEqualTo(YAML.replace("bayesian", "Bayesian").replace(": OFF", ": \"Off\""))
        .contains("# keep me")
        .contains("   # and me");
    assertThat(fixed.appliedByRule()).containsEntry("HPO-ENUM-CASE", 2);
    assertThat(fixed.applied()).isEqualTo(2);
    assertThat(fixed.remaining().diagnostics())
        .noneMatch(d -> d.fixes().stream().anyMatch(f -> f.safe()));
  }

  @Test
  void keepsWindowsLineEnds() {
    String crlf = YAML.replace("\n", "\r\n");
    SafeFixer.Fixed fixed = fix("job.yaml", crlf);
    assertThat(fixed.changed()).isTrue();
    assertThat(fixed.text().replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void removingAMemberIsFollowedByTheFixItMadePossible() {
    // Two safe fixes that overlap (the member to remove holds a value whose case is wrong) are
    // taken one per pass: the outer edit wins, and the second pass finds nothing left to do.
    String json =
        """
        {
          "HyperParameterTuningJobName": "a",
          "HyperParameterTuningJobStatus": "Completed",
          "HyperParameterTuningJobConfig": {"Strategy": "random"}
        }
        """;
    SafeFixer.Fixed fixed = fix("job.json", json);
    assertThat(fixed.text()).doesNotContain("HyperParameterTuningJobStatus");
    assertThat(fixed.text()).contains("\"Strategy\": \"Random\"");
    LintResult again = LINTER.lint(SourceText.of("job.json", fixed.text()));
    assertThat(again.diagnostics()).isEqualTo(fixed.remaining().diagnostics());
  }

  @Test
  void aCleanOrUnreadableFileIsLeftAsItIs() {
    SafeFixer.Fixed clean = fix("job.yaml", "HyperParameterTuningJobName: ok\n");
    assertThat(clean.changed()).isFalse();
    assertThat(clean.text()).isEqualTo("HyperParameterTuningJobName: ok\n");
    LintResult binary = LINTER.lint("x.json", new byte[] {0, 1, 2});
    assertThat(SafeFixer.fix(LINTER, binary).changed()).isFalse();
  }

  @Test
  void lineEndsFollowTheMajority() {
    assertThat(LineEnds.dominant("a\r\nb\r\nc\n")).isEqualTo("\r\n");
    assertThat(LineEnds.dominant("a\nb\r\nc\n")).isEqualTo("\n");
    assertThat(LineEnds.convert("x\ny\r\n", "\r\n")).isEqualTo("x\r\ny\r\n");
  }
}

package dev.hpolint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hpolint.api.LintConfig;
import dev.hpolint.api.Linter;
import dev.hpolint.report.FileReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  private static final Linter LINTER = Linter.create(LintConfig.DEFAULT);
  @TempDir Path dir;

  private FileReport lint(Path file, String text) {
    return new FileReport(
        file.toString(), LINTER.lint(file.toString(), text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void recordedFindingsStayQuietWhenLinesMoveButNewOnesAreReported() throws Exception {
    Path job = dir.resolve("jobs/job.yaml");
    String today = "HyperParameterTuningJobName: a_b\nHyperParameterTuningJobConfig: {}\n";
    Path baselineFile = dir.resolve("hpolint-baseline.json");
    Baseline.of(List.of(lint(job, today)), baselineFile).write(baselineFile);

    String json = Files.readString(baselineFile);
    assertThat(json)
        .contains("\"file\" : \"jobs/job.yaml\"")
        .contains("\"rule\" : \"HPO-NAME-PATTERN\"")
        .contains("\"pointer\" : \"/HyperParameterTuningJobName\"")
        .contains("\"count\" : 1")
        .doesNotContain("line");

    // Two comment lines above move every finding down; a new mistake is added.
    String tomorrow = "# one\n# two\n" + today + "HyperParameterTuningJobStatus: Completed\n";
    Baseline baseline = Baseline.read(baselineFile);
    Baseline.Filtered filtered = baseline.filter(List.of(lint(job, tomorrow)));
    assertThat(filtered.baselined()).isEqualTo(baseline.size()).isPositive();
    assertThat(filtered.unmatched()).isZero();
    assertThat(filtered.files().get(0).result().diagnostics())
        .extracting(d -> d.ruleId())
        .containsExactly("HPO-DESCRIBE-OUTPUT-ONLY");
  }

  @Test
  void countsAreUsedUpAndFixedFindingsAreCountedAsUnmatched() throws Exception {
    Path job = dir.resolve("job.json");
    String twice = "[{\"HyperParameterTuningJobName\": \"a_b\"}]";
    Path baselineFile = dir.resolve("b.json");
    Files.writeString(
        baselineFile,
        "{\"version\": 1, \"findings\": [{\"file\": \"job.json\", \"rule\": \"SYNTAX-NOT-OBJECT\","
            + " \"pointer\": \"\", \"count\": 2}, {\"file\": \"gone.json\", \"rule\": \"X\","
            + " \"pointer\": \"/A\"}]}");
    Baseline baseline = Baseline.read(baselineFile);
    Baseline.Filtered filtered = baseline.filter(List.of(lint(job, twice)));
    assertThat(filtered.baselined()).isEqualTo(1);
    assertThat(filtered.unmatched()).isEqualTo(2);
  }

  @Test
  void badBaselinesAreReportedInWords() throws IOException {
    Path missing = dir.resolve("none.json");
    assertThatThrownBy(() -> Baseline.read(missing))
        .isInstanceOf(BaselineException.class)
        .hasMessageContaining("no such file");
    Path notJson = Files.writeString(dir.resolve("x.json"), "{oops");
    assertThatThrownBy(() -> Baseline.read(notJson)).hasMessageContaining("is not JSON");
    Path wrong = Files.writeString(dir.resolve("y.json"), "{\"findings\": {}}");
    assertThatThrownBy(() -> Baseline.read(wrong)).hasMessageContaining("not an hpolint baseline");
    Path entry =
        Files.writeString(dir.resolve("z.json"), "{\"version\": 1, \"findings\": [{\"file\": 1}]}");
    assertThatThrownBy(() -> Baseline.read(entry)).hasMessageContaining("finding 0");
  }
}

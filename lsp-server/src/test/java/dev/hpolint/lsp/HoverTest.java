package dev.hpolint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.lsp.testing.LspSession;
import dev.hpolint.lsp.testing.Marked;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HoverTest {
  static LspSession session;
  static int files;

  @BeforeAll
  static void start() {
    session = new LspSession();
  }

  @AfterAll
  static void stop() {
    session.close();
  }

  static Hover hover(String fileName, String markedText) {
    Marked marked = Marked.parse(markedText);
    String uri = session.open((files++) + "-" + fileName, marked.text());
    return session.hover(uri, marked.cursor());
  }

  static String text(Hover hover) {
    assertThat(hover).as("a hover").isNotNull();
    assertThat(hover.getContents().getRight().getKind()).isEqualTo(MarkupKind.MARKDOWN);
    return hover.getContents().getRight().getValue();
  }

  @Test
  void aMemberIsDescribedWithItsTypeConstraintsAndLink() {
    Hover hover =
        hover(
            "job.yaml",
            "HyperParameterTuningJobName: x\nHyperParameterTuningJobConfig:\n  Stra%tegy: Random\n");

    String text = text(hover);
    assertThat(text)
        .startsWith("**Strategy** — required · one of 4 values")
        .contains("Allowed values: `Bayesian`, `Random`, `Hyperband`, `Grid`.")
        .contains("[AWS API reference](https://docs.aws.amazon.com/sagemaker/latest/APIReference/");
    assertThat(hover.getRange()).isEqualTo(new Range(new Position(2, 2), new Position(2, 10)));
  }

  @Test
  void numbersStateTheirRangeAndStringsTheirLengthAndForm() {
    assertThat(
            text(
                hover(
                    "job.yaml",
                    "HyperParameterTuningJobName: x\nHyperParameterTuningJobConfig:\n  ResourceLimits:\n    MaxParallelTrainingJobs: %2\n")))
        .contains("**MaxParallelTrainingJobs** — required · whole number")
        .contains("Most training jobs that may run at the same time")
        .contains("Range: at least 1.");
    assertThat(text(hover("job.yaml", "HyperParameterTuningJob%Name: x\n")))
        .contains("Length: 1 to 32 characters.")
        .contains("Form: ")
        .doesNotContain("^(?:");
  }

  @Test
  void aValueWithAFindingShowsTheRule() {
    String text =
        text(
            hover(
                "job.yaml",
                "HyperParameterTuningJobName: x\nHyperParameterTuningJobConfig:\n  Strategy: baye%sian\n"));

    assertThat(text)
        .contains("**Strategy**")
        .contains("**HPO-ENUM-CASE** (error): Strategy must be spelt exactly Bayesian")
        .contains("[Reference](https://docs.aws.amazon.com/");
  }

  @Test
  void hoverWorksInAHalfTypedDocumentThatDoesNotParse() {
    String text =
        text(
            hover(
                "job.json",
                "{\"HyperParameterTuningJobName\": \"x\", \"HyperParameterTuningJobConfig\": {\"ResourceLimits\": {\"MaxNumber%OfTrainingJobs\": "));

    assertThat(text).startsWith("**MaxNumberOfTrainingJobs** — optional · whole number");
  }

  @Test
  void jsonHoverOnAListItem() {
    String text =
        text(
            hover(
                "job.json",
                "{\"HyperParameterTuningJobName\": \"x\", \"Tags\": [{\"Ke%y\": \"team\", \"Value\": \"ml\"}]}"));

    assertThat(text).startsWith("**Key** — required · text");
  }

  @Test
  void nothingOnUnknownMembersWithoutFindingsOrOutsideTuningJobs() {
    assertThat(hover("compose.yaml", "servi%ces: {}\n")).isNull();
    assertThat(hover("job.yaml", "HyperParameterTuningJobName: x\n%\n")).isNull();
  }
}

package dev.hpolint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.api.LintConfig;
import dev.hpolint.api.Linter;
import dev.hpolint.fix.FixApplier;
import dev.hpolint.lsp.testing.Edits;
import dev.hpolint.lsp.testing.LspSession;
import dev.hpolint.source.SourceText;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CodeActionTest {
  static final String TYPOS =
      """
      HyperParameterTuningJobName: xgb_tuning_2024
      HyperParameterTuningJobConfig:
        Strategy: bayesian
        ResourceLimits:
          MaxNumberOfTrainingJobs: 20
          MaxParallelTrainingJob: 2
        ParameterRanges:
          ContinuousParameterRanges:
            - Name: eta
              MinValue: 0.1
              MaxValue: '0.5'
        TrainingJobEarlyStoppingType: OFF
      """;

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

  static String open(String name, String text) {
    String uri = session.open((files++) + "-" + name, text);
    session.client().awaitDiagnostics(uri, p -> true, LspSession.WAIT);
    return uri;
  }

  static Range at(int line, int character) {
    return new Range(new Position(line, character), new Position(line, character));
  }

  static CodeAction titled(List<CodeAction> actions, String title) {
    return actions.stream()
        .filter(a -> a.getTitle().equals(title))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    title + " not among " + actions.stream().map(CodeAction::getTitle).toList()));
  }

  @Test
  void eachFixIsAQuickFixTiedToItsFinding() {
    String uri = open("job.yaml", TYPOS);

    List<CodeAction> actions = session.codeActions(uri, at(2, 14), null);

    CodeAction change = titled(actions, "Change to Bayesian");
    assertThat(change.getKind()).isEqualTo(CodeActionKind.QuickFix);
    assertThat(change.getIsPreferred()).isTrue();
    assertThat(change.getDiagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.getCode().getLeft()).isEqualTo("HPO-ENUM-CASE"));
    assertThat(
            change.getEdit().getDocumentChanges().get(0).getLeft().getTextDocument().getVersion())
        .as("the edit names the version it was made for")
        .isNotNull();
    assertThat(Edits.apply(TYPOS, change)).contains("  Strategy: Bayesian\n");
  }

  @Test
  void aFindingOnAnotherLineOffersNothingHere() {
    String uri = open("job.yaml", TYPOS);

    assertThat(session.codeActions(uri, at(10, 8), List.of(CodeActionKind.QuickFix))).isEmpty();
  }

  @Test
  void yamlFindingsCanBeDisabledOnTheirLine() {
    String uri = open("job.yaml", TYPOS);

    CodeAction disable =
        titled(
            session.codeActions(uri, at(5, 6), null), "Disable SCHEMA-UNKNOWN-FIELD on this line");

    assertThat(disable.getKind()).isEqualTo(CodeActionKind.QuickFix);
    assertThat(Edits.apply(TYPOS, disable))
        .contains(
            "    MaxNumberOfTrainingJobs: 20\n"
                + "    # hpolint-disable-next-line SCHEMA-UNKNOWN-FIELD -- reason\n"
                + "    MaxParallelTrainingJob: 2\n");
  }

  @Test
  void jsonHasNoDisableComment() {
    String text =
        "{\"HyperParameterTuningJobName\": \"x\", \"HyperParameterTuningJobConfig\": {\"Strategy\": \"bayesian\"}}";
    String uri = open("job.json", text);

    List<CodeAction> actions = session.codeActions(uri, at(0, text.indexOf("bayesian")), null);

    assertThat(actions)
        .extracting(CodeAction::getTitle)
        .contains("Change to Bayesian")
        .noneMatch(t -> t.startsWith("Disable"));
  }

  @Test
  void fixAllAppliesEverySafeFixAsTheCommandWould() {
    String uri = open("job.yaml", TYPOS);

    List<CodeAction> actions =
        session.codeActions(uri, at(0, 0), List.of(CodeActionKind.SourceFixAll));

    CodeAction fixAll = titled(actions, "Fix all auto-fixable findings in this file");
    assertThat(actions).hasSize(1);
    assertThat(fixAll.getKind()).isEqualTo("source.fixAll.hpolint");
    String expected =
        FixApplier.applySafe(
                TYPOS,
                Linter.create(LintConfig.DEFAULT)
                    .lint(SourceText.of("job.yaml", TYPOS))
                    .diagnostics())
            .text();
    assertThat(Edits.apply(TYPOS, fixAll))
        .isEqualTo(expected)
        .contains("Strategy: Bayesian")
        .contains("MinValue: \"0.1\"");
  }

  @Test
  void quickFixRequestsLeaveOutFixAll() {
    String uri = open("job.yaml", TYPOS);

    assertThat(session.codeActions(uri, at(2, 14), List.of(CodeActionKind.QuickFix)))
        .extracting(CodeAction::getKind)
        .containsOnly(CodeActionKind.QuickFix);
  }

  @Test
  void clientsWithoutVersionedEditsGetPlainChanges() {
    try (LspSession plain =
        new LspSession(
            new LspSession.Setup(true, false, true, null, java.time.Duration.ofMillis(20)))) {
      String uri = plain.open("job.yaml", TYPOS);
      plain.client().awaitDiagnostics(uri, p -> true, LspSession.WAIT);

      CodeAction change = titled(plain.codeActions(uri, at(2, 14), null), "Change to Bayesian");

      assertThat(change.getEdit().getDocumentChanges()).isNull();
      assertThat(Edits.apply(TYPOS, change)).contains("  Strategy: Bayesian\n");
    }
  }
}

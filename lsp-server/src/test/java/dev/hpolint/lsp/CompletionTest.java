package dev.hpolint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.lsp.testing.LspSession;
import dev.hpolint.lsp.testing.Marked;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompletionTest {
  static final String XGBOOST =
      """
      HyperParameterTuningJobName: xgb
      HyperParameterTuningJobConfig:
        Strategy: Bayesian
        HyperParameterTuningJobObjective:
          Type: Maximize
          MetricName: %
        ResourceLimits:
          MaxParallelTrainingJobs: 2
        ParameterRanges:
          ContinuousParameterRanges:
            - Name: eta
              MinValue: '0.1'
              MaxValue: '0.5'
      TrainingJobDefinition:
        StaticHyperParameters:
          num_round: '100'
          objective: binary:logistic
        AlgorithmSpecification:
          TrainingImage: xgboost
          TrainingInputMode: File
          MetricDefinitions:
            - Name: validation:auc
              Regex: 'auc=([0-9.]+)'
            - Name: train:error
              Regex: 'error=([0-9.]+)'
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

  /** Opens the marked text as a new file and completes at the marker. */
  static List<CompletionItem> complete(String fileName, String markedText) {
    Marked marked = Marked.parse(markedText);
    String uri = session.open((files++) + "-" + fileName, marked.text());
    return session.complete(uri, marked.cursor());
  }

  static List<String> labels(List<CompletionItem> items) {
    return items.stream()
        .sorted(Comparator.comparing(i -> i.getSortText() == null ? i.getLabel() : i.getSortText()))
        .map(CompletionItem::getLabel)
        .toList();
  }

  static CompletionItem item(List<CompletionItem> items, String label) {
    return items.stream()
        .filter(i -> i.getLabel().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError(label + " not among " + labels(items)));
  }

  @Test
  void rootMembersRequiredFirstInAnEmptyDocument() {
    List<String> labels = labels(complete("new.hpo.yaml", "%"));

    assertThat(labels.subList(0, 2))
        .containsExactly("HyperParameterTuningJobName", "HyperParameterTuningJobConfig");
    assertThat(labels).contains("TrainingJobDefinition", "WarmStartConfig", "Tags");
  }

  @Test
  void membersAlreadyPresentAreLeftOut() {
    List<String> labels =
        labels(complete("job.yaml", "HyperParameterTuningJobName: x\nTags: []\n%\n"));

    assertThat(labels).doesNotContain("HyperParameterTuningJobName", "Tags");
    assertThat(labels.get(0)).isEqualTo("HyperParameterTuningJobConfig");
  }

  @Test
  void aStructureIsInsertedWithItsRequiredChildrenAsASnippet() {
    List<CompletionItem> items =
        complete(
            "job.yaml", "HyperParameterTuningJobName: x\nHyperParameterTuningJobConfig:\n  %\n");

    CompletionItem limits = item(items, "ResourceLimits");
    assertThat(limits.getInsertTextFormat()).isEqualTo(InsertTextFormat.Snippet);
    assertThat(limits.getTextEdit().getLeft().getNewText())
        .isEqualTo("ResourceLimits:\n    MaxParallelTrainingJobs: $1");
    assertThat(limits.getDetail()).startsWith("required");
    assertThat(item(items, "Strategy").getTextEdit().getLeft().getNewText())
        .isEqualTo("Strategy: ${1|Bayesian,Random,Hyperband,Grid|}");
    assertThat(labels(items).subList(0, 2)).containsExactly("Strategy", "ResourceLimits");
  }

  @Test
  void jsonHalfTypedNameIsReplacedFromItsQuote() {
    List<CompletionItem> items =
        complete(
            "job.json",
            "{\"HyperParameterTuningJobName\": \"x\",\n \"HyperParameterTuningJobConfig\": {\"Strat%");

    CompletionItem strategy = item(items, "Strategy");
    TextEdit edit = strategy.getTextEdit().getLeft();
    assertThat(edit.getRange()).isEqualTo(new Range(new Position(1, 35), new Position(1, 41)));
    assertThat(edit.getNewText())
        .isEqualTo("\"Strategy\": \"${1|Bayesian,Random,Hyperband,Grid|}\"");
    assertThat(strategy.getFilterText()).isEqualTo("\"Strategy");
  }

  @Test
  void jsonStructureSnippetIsIndentedLikeTheDocument() {
    List<CompletionItem> items =
        complete(
            "job.json",
            "{\n    \"HyperParameterTuningJobName\": \"x\",\n    \"HyperParameterTuningJobConfig\": {\n        %\n    }\n}");

    assertThat(item(items, "ResourceLimits").getTextEdit().getLeft().getNewText())
        .isEqualTo("\"ResourceLimits\": {\n            \"MaxParallelTrainingJobs\": $1\n        }");
  }

  @Test
  void jsonMissingCommaIsAddedWithTheMember() {
    Marked marked = Marked.parse("{\n  \"HyperParameterTuningJobName\": \"x\"\n  %\n}");
    String uri = session.open((files++) + "-job.json", marked.text());

    CompletionItem config =
        item(session.complete(uri, marked.cursor()), "HyperParameterTuningJobConfig");

    Position afterX = new Position(1, "  \"HyperParameterTuningJobName\": \"x\"".length());
    assertThat(config.getAdditionalTextEdits())
        .containsExactly(new TextEdit(new Range(afterX, afterX), ","));
  }

  @Test
  void withoutSnippetSupportOnlyTheNameIsInserted() {
    try (LspSession plain = new LspSession(LspSession.Setup.DEFAULT.withSnippets(false))) {
      Marked marked =
          Marked.parse("HyperParameterTuningJobName: x\nHyperParameterTuningJobConfig:\n  %\n");
      String uri = plain.open("job.yaml", marked.text());

      CompletionItem strategy = item(plain.complete(uri, marked.cursor()), "Strategy");

      assertThat(strategy.getInsertTextFormat()).isEqualTo(InsertTextFormat.PlainText);
      assertThat(strategy.getTextEdit().getLeft().getNewText()).isEqualTo("Strategy: ");
    }
  }

  @Test
  void enumValues() {
    List<CompletionItem> items =
        complete(
            "job.yaml",
            "HyperParameterTuningJobName: x\nHyperParameterTuningJobConfig:\n  Strategy: %\n");

    assertThat(labels(items)).containsExactly("Bayesian", "Random", "Hyperband", "Grid");
  }

  @Test
  void enumValuesInJsonAreQuoted() {
    String text =
        "{\"HyperParameterTuningJobName\": \"x\", \"HyperParameterTuningJobConfig\": {\"Strategy\": \"R%\"}}";
    List<CompletionItem> items = complete("job.json", text);

    TextEdit edit = item(items, "Random").getTextEdit().getLeft();
    assertThat(edit.getNewText()).isEqualTo("\"Random\"");
    int quote = text.indexOf("\"R%");
    assertThat(edit.getRange())
        .as("the whole string, quotes included")
        .isEqualTo(new Range(new Position(0, quote), new Position(0, quote + 3)));
  }

  @Test
  void instanceTypesNameTheirGpusAndLocalStorage() {
    List<CompletionItem> items =
        complete(
            "job.yaml",
            "HyperParameterTuningJobName: x\nTrainingJobDefinition:\n  ResourceConfig:\n    InstanceType: ml.g4dn%\n");

    assertThat(item(items, "ml.g4dn.12xlarge").getDetail())
        .isEqualTo("4 GPUs (NVIDIA T4) · 900 GB local NVMe storage");
    assertThat(item(items, "ml.m5.large").getDetail())
        .isEqualTo("no GPU · no local storage (EBS volume)");
  }

  @Test
  void rangeNamesOfferHyperparametersUsedElsewhere() {
    String text =
        XGBOOST
            .replace("MetricName: %", "MetricName: x")
            .replace("      - Name: eta\n", "      - Name: eta\n      - Name: %\n");

    assertThat(labels(complete("job.yaml", text)))
        .contains("num_round", "objective")
        .doesNotContain("validation:auc");
  }

  @Test
  void staticHyperparameterNamesOfferTheTunedOnes() {
    String text =
        XGBOOST
            .replace("MetricName: %", "MetricName: x")
            .replace("    num_round: '100'\n", "    num_round: '100'\n    %\n");

    List<String> labels = labels(complete("job.yaml", text));

    assertThat(labels).contains("eta").doesNotContain("num_round", "objective");
  }

  @Test
  void objectiveMetricNamesComeFromTheMetricDefinitions() {
    List<CompletionItem> items = complete("job.yaml", XGBOOST);

    assertThat(labels(items)).containsExactly("train:error", "validation:auc");
    assertThat(item(items, "validation:auc").getTextEdit().getLeft().getNewText())
        .isEqualTo("validation:auc");
  }

  @Test
  void completionWorksInAHalfTypedDocumentThatDoesNotParse() {
    String text =
        """
        HyperParameterTuningJobName: x
        HyperParameterTuningJobConfig:
          Strategy: Bayesian
          ResourceLimits:
            MaxParallelTrainingJobs: 2
            Max%
          ParameterRanges: [
        """;
    List<String> labels = labels(complete("job.yaml", text));

    assertThat(labels).containsExactly("MaxNumberOfTrainingJobs", "MaxRuntimeInSeconds");
  }

  @Test
  void metricNamesSurviveWhileAYamlDocumentIsBroken() {
    // An unclosed quote makes the whole text unreadable as YAML; the names are read from the
    // text without the line being typed.
    String text = XGBOOST.replace("MetricName: %", "MetricName: \"v%");

    assertThat(labels(complete("job.yaml", text))).contains("validation:auc");
  }

  @Test
  void metricNamesSurviveWhileAJsonDocumentIsBroken() {
    Marked clean =
        Marked.parse(
            """
            {"HyperParameterTuningJobName": "x",
             "HyperParameterTuningJobConfig": {"HyperParameterTuningJobObjective": {"MetricName": "v%"}},
             "TrainingJobDefinition": {"AlgorithmSpecification": {
               "MetricDefinitions": [{"Name": "validation:auc", "Regex": "auc=(.*)"}]}}}
            """);
    String uri = session.open((files++) + "-job.json", clean.text());
    assertThat(labels(session.complete(uri, clean.cursor()))).contains("validation:auc");

    // Deleting the closing quote breaks the JSON; the names of the last good version remain.
    Position quote = new Position(clean.cursor().getLine(), clean.cursor().getCharacter() + 1);
    session.change(uri, new Range(clean.cursor(), quote), "");

    assertThat(labels(session.complete(uri, clean.cursor()))).contains("validation:auc");
  }

  @Test
  void unrelatedFilesGetNoCompletion() {
    assertThat(complete("compose.yaml", "services:\n  %\n")).isEmpty();
  }
}

package dev.hpolint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.lsp.testing.LspSession;
import dev.hpolint.lsp.testing.Marked;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The outline (document symbols) and go to definition from an objective to its metric. */
class NavigationTest {
  static final String JOB =
      """
      HyperParameterTuningJobName: xgb
      HyperParameterTuningJobConfig:
        Strategy: Bayesian
        HyperParameterTuningJobObjective:
          Type: Maximize
          MetricName: validation:auc
        ResourceLimits:
          MaxParallelTrainingJobs: 2
        ParameterRanges:
          ContinuousParameterRanges:
            - Name: eta
              MinValue: '0.1'
              MaxValue: '0.5'
              ScalingType: Logarithmic
          CategoricalParameterRanges:
            - Name: booster
              Values: [gbtree, dart]
      TrainingJobDefinition:
        StaticHyperParameters:
          num_round: '100'
        AlgorithmSpecification:
          TrainingImage: xgboost
          TrainingInputMode: File
          MetricDefinitions:
            - Name: train:error
              Regex: 'error=([0-9.]+)'
            - Name: validation:auc
              Regex: 'auc=([0-9.]+)'
        InputDataConfig:
          - ChannelName: train
            DataSource:
              S3DataSource:
                S3DataType: S3Prefix
                S3Uri: s3://bucket/train/
          - ChannelName: validation
            DataSource:
              S3DataSource:
                S3DataType: S3Prefix
                S3Uri: s3://bucket/validation/
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
    return session.open((files++) + "-" + name, text);
  }

  static DocumentSymbol child(DocumentSymbol parent, String name) {
    return parent.getChildren().stream()
        .filter(s -> s.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not under " + parent.getName()));
  }

  @Test
  void theOutlineShowsObjectiveRangesChannelsAndMetrics() {
    List<DocumentSymbol> symbols =
        session.symbols(open("job.yaml", JOB)).stream().map(Either::getRight).toList();

    assertThat(symbols)
        .extracting(DocumentSymbol::getName)
        .containsExactly("xgb", "HyperParameterTuningJobConfig", "TrainingJobDefinition");
    DocumentSymbol config = symbols.get(1);
    assertThat(config.getDetail()).isEqualTo("Bayesian");
    assertThat(child(config, "Objective").getDetail()).isEqualTo("Maximize validation:auc");
    DocumentSymbol ranges = child(config, "ParameterRanges");
    assertThat(ranges.getChildren())
        .extracting(DocumentSymbol::getName)
        .containsExactly("eta", "booster");
    assertThat(child(ranges, "eta").getDetail()).isEqualTo("continuous 0.1 to 0.5 (Logarithmic)");
    assertThat(child(ranges, "booster").getDetail()).isEqualTo("categorical gbtree, dart");
    assertThat(child(ranges, "eta").getSelectionRange())
        .isEqualTo(new Range(new Position(10, 14), new Position(10, 17)));

    DocumentSymbol definition = symbols.get(2);
    assertThat(definition.getKind()).isEqualTo(SymbolKind.Class);
    DocumentSymbol channels = child(definition, "InputDataConfig");
    assertThat(channels.getChildren())
        .extracting(DocumentSymbol::getName)
        .containsExactly("train", "validation");
    assertThat(child(channels, "train").getDetail()).isEqualTo("s3://bucket/train/");
    assertThat(child(definition, "MetricDefinitions").getChildren())
        .extracting(DocumentSymbol::getName)
        .containsExactly("train:error", "validation:auc");
    assertThat(child(definition, "StaticHyperParameters").getChildren())
        .extracting(DocumentSymbol::getName)
        .containsExactly("num_round");
  }

  @Test
  void everySymbolRangeHoldsItsSelectionAndItsChildren() {
    for (Either<SymbolInformation, DocumentSymbol> symbol :
        session.symbols(open("job.yaml", JOB))) {
      assertNested(symbol.getRight());
    }
  }

  private static void assertNested(DocumentSymbol symbol) {
    assertThat(contains(symbol.getRange(), symbol.getSelectionRange()))
        .as(symbol.getName())
        .isTrue();
    if (symbol.getChildren() != null) {
      for (DocumentSymbol child : symbol.getChildren()) {
        assertThat(contains(symbol.getRange(), child.getRange()))
            .as(child.getName() + " in " + symbol.getName())
            .isTrue();
        assertNested(child);
      }
    }
  }

  private static boolean contains(Range outer, Range inner) {
    return compare(outer.getStart(), inner.getStart()) <= 0
        && compare(inner.getEnd(), outer.getEnd()) <= 0;
  }

  private static int compare(Position a, Position b) {
    return a.getLine() != b.getLine()
        ? Integer.compare(a.getLine(), b.getLine())
        : Integer.compare(a.getCharacter(), b.getCharacter());
  }

  @Test
  void listedDefinitionsAreNamedByDefinitionName() {
    String text =
        "{\"HyperParameterTuningJobName\": \"x\", \"TrainingJobDefinitions\": ["
            + "{\"DefinitionName\": \"small\"}, {\"DefinitionName\": \"large\"}]}";
    List<DocumentSymbol> symbols =
        session.symbols(open("job.json", text)).stream().map(Either::getRight).toList();

    DocumentSymbol definitions = symbols.get(1);
    assertThat(definitions.getName()).isEqualTo("TrainingJobDefinitions");
    assertThat(definitions.getChildren())
        .extracting(DocumentSymbol::getName)
        .containsExactly("small", "large");
  }

  @Test
  void clientsWithoutHierarchyGetAFlatList() {
    try (LspSession flat =
        new LspSession(LspSession.Setup.DEFAULT.withHierarchicalSymbols(false))) {
      String uri = flat.open("job.yaml", JOB);
      List<SymbolInformation> symbols = flat.symbols(uri).stream().map(Either::getLeft).toList();

      assertThat(symbols)
          .filteredOn(s -> s.getName().equals("eta"))
          .singleElement()
          .satisfies(s -> assertThat(s.getContainerName()).isEqualTo("ParameterRanges"));
    }
  }

  @Test
  void aBrokenDocumentHasNoOutline() {
    assertThat(session.symbols(open("job.yaml", "HyperParameterTuningJobName: [\n"))).isEmpty();
  }

  @Test
  void theObjectiveMetricLeadsToItsDefinition() {
    Marked marked =
        Marked.parse(JOB.replace("MetricName: validation:auc", "MetricName: valid%ation:auc"));
    String uri = open("job.yaml", marked.text());

    List<? extends Location> locations = session.definition(uri, marked.cursor());

    assertThat(locations)
        .singleElement()
        .satisfies(
            location -> {
              assertThat(location.getUri()).isEqualTo(uri);
              assertThat(location.getRange())
                  .isEqualTo(new Range(new Position(26, 14), new Position(26, 28)));
            });
  }

  @Test
  void aDefinitionsOwnObjectiveLeadsOnlyToItsOwnMetrics() {
    String text =
        """
        {"HyperParameterTuningJobName": "x", "TrainingJobDefinitions": [
          {"TuningObjective": {"Type": "Maximize", "MetricName": "acc"},
           "AlgorithmSpecification": {"MetricDefinitions": [{"Name": "acc", "Regex": "a"}]}},
          {"TuningObjective": {"Type": "Maximize", "MetricName": "ac%c"},
           "AlgorithmSpecification": {"MetricDefinitions": [{"Name": "acc", "Regex": "b"}]}}]}
        """;
    Marked marked = Marked.parse(text);
    String uri = open("job.json", marked.text());

    List<? extends Location> locations = session.definition(uri, marked.cursor());

    assertThat(locations)
        .singleElement()
        .satisfies(location -> assertThat(location.getRange().getStart().getLine()).isEqualTo(4));
  }

  @Test
  void anythingElseHasNoDefinition() {
    Marked marked = Marked.parse(JOB.replace("Strategy: Bayesian", "Strategy: Bay%esian"));

    assertThat(session.definition(open("job.yaml", marked.text()), marked.cursor())).isEmpty();
  }
}

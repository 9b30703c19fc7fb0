package dev.hpolint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hpolint.lsp.testing.LspSession;
import java.time.Duration;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
  static final String JOB =
      """
      HyperParameterTuningJobName: xgb-tuning
      HyperParameterTuningJobConfig:
        Strategy: bayesian
        ResourceLimits:
          MaxParallelTrainingJobs: 2
      TrainingJobDefinition:
        AlgorithmSpecification:
          TrainingImage: 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1
          TrainingInputMode: File
        RoleArn: arn:aws:iam::123456789012:role/SageMakerRole
        OutputDataConfig:
          S3OutputPath: s3://bucket/output/
        ResourceConfig:
          InstanceType: ml.m5.xlarge
          InstanceCount: 1
          VolumeSizeInGB: 30
        StoppingCondition:
          MaxRuntimeInSeconds: 3600
      """;

  @Test
  void findingsCarryRuleIdLinkSourceSeverityAndExactRange() {
    try (LspSession session = new LspSession()) {
      List<Diagnostic> diagnostics = session.openAndLint("job.yaml", JOB);

      Diagnostic enumCase = only(diagnostics, "HPO-ENUM-CASE");
      assertThat(enumCase.getSource()).isEqualTo("hpolint");
      assertThat(enumCase.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
      assertThat(enumCase.getRange()).isEqualTo(range(2, 12, 2, 20)); // "bayesian"
      assertThat(enumCase.getMessage()).contains("Bayesian");
      assertThat(enumCase.getCodeDescription().getHref())
          .startsWith("https://docs.aws.amazon.com/");
    }
  }

  @Test
  void aDuplicateKeyPointsAtItsFirstUse() {
    try (LspSession session = new LspSession()) {
      String text = JOB.replace("  RoleArn:", "  RoleArn: x\n  RoleArn:");
      List<Diagnostic> diagnostics = session.openAndLint("job.yaml", text);

      Diagnostic duplicate = only(diagnostics, "SYNTAX-DUPLICATE-KEY");
      assertThat(duplicate.getRelatedInformation()).hasSize(1);
      var related = duplicate.getRelatedInformation().get(0);
      assertThat(related.getLocation().getUri()).isEqualTo(LspSession.uri("job.yaml"));
      assertThat(related.getLocation().getRange().getStart()).isEqualTo(new Position(9, 2));
      assertThat(related.getMessage()).contains("first");
    }
  }

  @Test
  void unrelatedJsonAndYamlFilesGetNothing() {
    try (LspSession session = new LspSession()) {
      String other = session.open("docker-compose.yaml", "services:\n  web:\n    image: nginx\n");
      String json = session.open("package.json", "{\"name\": \"x\", \"version\": 1}");
      // Runs are sequential: once this document's findings are out, the others were judged.
      session.openAndLint("z.yaml", JOB);

      assertThat(session.client().publications(other)).isEmpty();
      assertThat(session.client().publications(json)).isEmpty();
    }
  }

  @Test
  void hpoFileNamesAndTheMarkerCommentMakeATuningJob() {
    try (LspSession session = new LspSession()) {
      assertThat(session.openAndLint("empty.hpo.yaml", "{}\n"))
          .extracting(d -> d.getCode().getLeft())
          .contains("SCHEMA-REQUIRED");
      assertThat(session.openAndLint("empty.hpo.json", "{}"))
          .extracting(d -> d.getCode().getLeft())
          .contains("SCHEMA-REQUIRED");
      assertThat(session.openAndLint("marked.yaml", "# hpolint\nTags: []\n"))
          .extracting(d -> d.getCode().getLeft())
          .contains("SCHEMA-REQUIRED");
    }
  }

  @Test
  void aChangeIsLintedAndPublishedWithItsVersion() {
    try (LspSession session = new LspSession()) {
      String uri = session.open("job.yaml", JOB);
      session.client().awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty(), LspSession.WAIT);

      int version = session.change(uri, range(2, 12, 2, 13), "B"); // bayesian -> Bayesian

      PublishDiagnosticsParams published = session.awaitVersion(uri, version);
      assertThat(published.getDiagnostics())
          .extracting(d -> d.getCode().getLeft())
          .doesNotContain("HPO-ENUM-CASE");
    }
  }

  @Test
  void aBurstOfChangesIsLintedOnceForTheLastVersion() {
    try (LspSession session =
        new LspSession(LspSession.Setup.DEFAULT.withDebounce(Duration.ofMillis(400)))) {
      String uri = session.open("job.yaml", JOB);
      session.client().awaitDiagnostics(uri, p -> true, LspSession.WAIT);
      int before = session.client().publications(uri).size();

      int last = 0;
      String typed = "xgb-tuning-more";
      for (int i = 0; i < 10; i++) {
        last =
            session.change(
                uri, range(0, 39 + i, 0, 39 + i), String.valueOf(typed.charAt(10 + i % 5)));
      }
      session.awaitVersion(uri, last);

      List<PublishDiagnosticsParams> after = session.client().publications(uri);
      assertThat(after.subList(before, after.size()))
          .extracting(PublishDiagnosticsParams::getVersion)
          .containsExactly(last);
    }
  }

  @Test
  void noPublicationIsStale() {
    try (LspSession session =
        new LspSession(LspSession.Setup.DEFAULT.withDebounce(Duration.ZERO))) {
      String uri = session.open("job.yaml", JOB.replace("bayesian", "Bayesian"));
      session.client().awaitDiagnostics(uri, p -> true, LspSession.WAIT);
      // Odd versions hold a finding, even versions do not; with no debounce, runs race the edits.
      int last = 0;
      for (int i = 0; i < 40; i++) {
        last = session.change(uri, range(2, 12, 2, 13), i % 2 == 0 ? "b" : "B");
      }
      session.awaitVersion(uri, last);

      // Version v (opened as 1, changed as 2, 3, ...) reads "bayesian" exactly when v is even.
      List<PublishDiagnosticsParams> publications = session.client().publications(uri);
      for (PublishDiagnosticsParams published : publications) {
        boolean reported =
            published.getDiagnostics().stream()
                .anyMatch(d -> d.getCode().getLeft().equals("HPO-ENUM-CASE"));
        assertThat(reported)
            .as("version %d", published.getVersion())
            .isEqualTo(published.getVersion() % 2 == 0);
      }
      assertThat(publications.get(publications.size() - 1).getVersion()).isEqualTo(last);
    }
  }

  @Test
  void findingsAreClearedWhenTheDocumentStopsBeingATuningJob() {
    try (LspSession session = new LspSession()) {
      String uri = session.open("job.yaml", JOB);
      session.client().awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty(), LspSession.WAIT);

      session.replaceAll(uri, "services:\n  web: {}\n");

      session.client().awaitDiagnostics(uri, p -> p.getDiagnostics().isEmpty(), LspSession.WAIT);
    }
  }

  @Test
  void findingsAreClearedWhenTheDocumentCloses() {
    try (LspSession session = new LspSession()) {
      String uri = session.open("job.yaml", JOB);
      session.client().awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty(), LspSession.WAIT);

      session.close(uri);

      session.client().awaitDiagnostics(uri, p -> p.getDiagnostics().isEmpty(), LspSession.WAIT);
    }
  }

  @Test
  void rulesCanBeTurnedOffOrReweightedFromInitializationOptions() {
    JsonObject options =
        JsonParser.parseString(
                "{\"hpolint\": {\"rules\": {\"HPO-ENUM-CASE\": \"off\", \"SCHEMA-REQUIRED\": \"info\"}}}")
            .getAsJsonObject();
    try (LspSession session = new LspSession(LspSession.Setup.DEFAULT.withOptions(options))) {
      List<Diagnostic> diagnostics =
          session.openAndLint(
              "job.yaml",
              JOB.replace("  MaxParallelTrainingJobs: 2\n", "  MaxNumberOfTrainingJobs: 2\n"));

      assertThat(diagnostics)
          .extracting(d -> d.getCode().getLeft())
          .doesNotContain("HPO-ENUM-CASE");
      assertThat(only(diagnostics, "SCHEMA-REQUIRED").getSeverity())
          .isEqualTo(DiagnosticSeverity.Information);
    }
  }

  @Test
  void changedSettingsRelintOpenDocuments() {
    try (LspSession session = new LspSession()) {
      String uri = session.open("job.yaml", JOB);
      session.client().awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty(), LspSession.WAIT);

      session
          .server()
          .getWorkspaceService()
          .didChangeConfiguration(
              new DidChangeConfigurationParams(
                  JsonParser.parseString(
                      "{\"hpolint\": {\"rules\": {\"HPO-ENUM-CASE\": \"warning\"}}}")));

      session
          .client()
          .awaitDiagnostics(
              uri,
              p ->
                  p.getDiagnostics().stream()
                      .anyMatch(
                          d ->
                              d.getCode().getLeft().equals("HPO-ENUM-CASE")
                                  && d.getSeverity() == DiagnosticSeverity.Warning),
              LspSession.WAIT);
    }
  }

  @Test
  void badSettingsAreIgnoredWithAWarningInTheLog() {
    JsonObject options =
        JsonParser.parseString(
                "{\"hpolint\": {\"rules\": {\"HPO-ENUM-CASE\": \"loud\", \"NO-SUCH-RULE\": \"off\", \"SCHEMA-TYPE\": 3}, \"colour\": true}}")
            .getAsJsonObject();
    try (LspSession session = new LspSession(LspSession.Setup.DEFAULT.withOptions(options))) {
      List<Diagnostic> diagnostics = session.openAndLint("job.yaml", JOB);

      assertThat(only(diagnostics, "HPO-ENUM-CASE").getSeverity())
          .isEqualTo(DiagnosticSeverity.Error);
      assertThat(session.client().logLines())
          .anyMatch(line -> line.contains("HPO-ENUM-CASE") && line.contains("loud"))
          .anyMatch(line -> line.contains("NO-SUCH-RULE"))
          .anyMatch(line -> line.contains("SCHEMA-TYPE"))
          .anyMatch(line -> line.contains("colour"));
    }
  }

  @Test
  void settingsThatAreNotAnObjectAreIgnored() {
    try (LspSession session =
        new LspSession(LspSession.Setup.DEFAULT.withOptions(JsonParser.parseString("[1, 2]")))) {
      assertThat(session.openAndLint("job.yaml", JOB)).isNotEmpty();
      assertThat(session.client().logLines()).anyMatch(line -> line.contains("must be an object"));
    }
  }

  static Diagnostic only(List<Diagnostic> diagnostics, String ruleId) {
    List<Diagnostic> matching =
        diagnostics.stream().filter(d -> d.getCode().getLeft().equals(ruleId)).toList();
    assertThat(matching).as("findings of %s in %s", ruleId, diagnostics).hasSize(1);
    return matching.get(0);
  }

  static Range range(int startLine, int startChar, int endLine, int endChar) {
    return new Range(new Position(startLine, startChar), new Position(endLine, endChar));
  }
}

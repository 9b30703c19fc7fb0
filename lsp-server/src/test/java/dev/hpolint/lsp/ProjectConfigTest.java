package dev.hpolint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.lsp.testing.LspSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor applies the same .hpolint.yaml as the command: switched-off rules, team rules. */
class ProjectConfigTest {
  @TempDir Path project;

  private static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.getCode().getLeft()).toList();
  }

  @Test
  void theNearestProjectFileTurnsRulesOffAndAddsTheTeamsRules() throws IOException {
    Files.writeString(
        project.resolve(".hpolint.yaml"),
        "rules:\n  HPO-ENUM-CASE: off\nruleFiles: [team.rules]\n");
    Files.writeString(
        project.resolve("team.rules"),
        """
        rule ACME-COST-CENTER-TAG
          severity warning
          summary "Every tuning job carries a cost-center tag"
          when not any t in Tags[*]: t.Key == "cost-center"
          message "Add a cost-center tag"
        """);
    Path job = Files.createDirectories(project.resolve("jobs")).resolve("job.yaml");
    try (LspSession session = new LspSession()) {
      String uri = session.openFile(job, DiagnosticsTest.JOB);
      List<Diagnostic> diagnostics =
          session.client().awaitDiagnostics(uri, p -> true, LspSession.WAIT).getDiagnostics();
      assertThat(codes(diagnostics))
          .contains("ACME-COST-CENTER-TAG")
          .doesNotContain("HPO-ENUM-CASE");
    }
  }

  @Test
  void aBrokenProjectFileIsReportedInTheLogAndTheDefaultsApply() throws IOException {
    Files.writeString(project.resolve(".hpolint.yaml"), "rules:\n  NO-SUCH-RULE: off\n");
    Path job = project.resolve("job.yaml");
    try (LspSession session = new LspSession()) {
      String uri = session.openFile(job, DiagnosticsTest.JOB);
      List<Diagnostic> diagnostics =
          session.client().awaitDiagnostics(uri, p -> true, LspSession.WAIT).getDiagnostics();
      assertThat(codes(diagnostics)).contains("HPO-ENUM-CASE");
      assertThat(session.client().awaitLog(line -> line.contains("NO-SUCH-RULE"), LspSession.WAIT))
          .contains(".hpolint.yaml");
    }
  }

  @Test
  void theConfigFileSettingNamesTheProjectFileForEveryDocument() throws IOException {
    Path shared = Files.createDirectories(project.resolve("team")).resolve("shared.hpolint.yaml");
    Files.writeString(shared, "rules:\n  HPO-ENUM-CASE: off\n");
    Path job = Files.createDirectories(project.resolve("elsewhere")).resolve("job.yaml");
    com.google.gson.JsonObject options = new com.google.gson.JsonObject();
    com.google.gson.JsonObject hpolint = new com.google.gson.JsonObject();
    hpolint.addProperty("configFile", shared.toString());
    options.add("hpolint", hpolint);
    try (LspSession session = new LspSession(LspSession.Setup.DEFAULT.withOptions(options))) {
      String uri = session.openFile(job, DiagnosticsTest.JOB);
      List<Diagnostic> diagnostics =
          session.client().awaitDiagnostics(uri, p -> true, LspSession.WAIT).getDiagnostics();
      assertThat(codes(diagnostics))
          .doesNotContain("HPO-ENUM-CASE")
          .contains("HPO-OBJECTIVE-LOCATION");
    }
  }

  @Test
  void jsonSuppressionsOfTheProjectFileApplyAsInTheCommand() throws IOException {
    Files.writeString(
        project.resolve(".hpolint.yaml"),
        """
        suppressions:
          - files: "jobs/*.json"
            rule: HPO-ENUM-CASE
            pointer: /HyperParameterTuningJobConfig/Strategy
            reason: the pipeline fixes the case before submitting
        """);
    Path job = Files.createDirectories(project.resolve("jobs")).resolve("job.json");
    String json =
        "{\"HyperParameterTuningJobName\": \"a\", \"HyperParameterTuningJobConfig\":"
            + " {\"Strategy\": \"random\"}}";
    try (LspSession session = new LspSession()) {
      String uri = session.openFile(job, json);
      List<Diagnostic> diagnostics =
          session.client().awaitDiagnostics(uri, p -> true, LspSession.WAIT).getDiagnostics();
      assertThat(codes(diagnostics)).isNotEmpty().doesNotContain("HPO-ENUM-CASE");
    }
  }
}

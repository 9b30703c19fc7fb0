package dev.hpolint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.hpolint.api.HpolintVersion;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.rules.RuleDocs;
import dev.hpolint.rules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SARIF_SCHEMA = loadSchema();

  private static JsonSchema loadSchema() {
    // A copy of the official schema in the test resources: the test needs no network and no
    // checkout beside this one.
    try (InputStream in =
        SarifReporterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      JsonNode schema = JSON.readTree(in);
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema, config);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode write(List<FileReport> files) throws IOException {
    StringBuilder out = new StringBuilder();
    new SarifReporter(Samples.LINTER.rules(), Path.of("")).write(files, out);
    JsonNode sarif = JSON.readTree(out.toString());
    Set<ValidationMessage> problems = SARIF_SCHEMA.validate(sarif);
    assertThat(problems).as("SARIF schema violations of%n%s", out).isEmpty();
    return sarif;
  }

  @Test
  void realFindingsAreValidSarifWithRuleMetadata() throws IOException {
    JsonNode run = write(Samples.brokenRun()).path("runs").get(0);
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("hpolint");
    assertThat(driver.path("version").asText()).isEqualTo(HpolintVersion.get());
    assertThat(driver.path("informationUri").asText()).startsWith("https://");
    assertThat(run.path("columnKind").asText()).isEqualTo("utf16CodeUnits");

    JsonNode enumCase = null;
    for (JsonNode result : run.path("results")) {
      if (result.path("ruleId").asText().equals("HPO-ENUM-CASE")) {
        enumCase = result;
        break;
      }
    }
    assertThat(enumCase).isNotNull();
    JsonNode rule = driver.path("rules").get(enumCase.path("ruleIndex").asInt());
    assertThat(rule.path("id").asText()).isEqualTo("HPO-ENUM-CASE");
    assertThat(rule.path("shortDescription").path("text").asText())
        .isEqualTo(Samples.LINTER.rule("HPO-ENUM-CASE").summary());
    assertThat(rule.path("helpUri").asText()).startsWith("https://docs.aws.amazon.com/");
    assertThat(rule.path("help").path("text").asText()).isNotBlank();
    assertThat(rule.path("defaultConfiguration").path("level").asText()).isEqualTo("error");

    assertThat(enumCase.path("level").asText()).isEqualTo("error");
    JsonNode location = enumCase.path("locations").get(0);
    JsonNode physical = location.path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asText())
        .isEqualTo("jobs/with%20space/broken.yaml");
    // "  Strategy: bayesian" on line 4: the value starts in column 13 and ends before 21.
    JsonNode region = physical.path("region");
    assertThat(region.path("startLine").asInt()).isEqualTo(4);
    assertThat(region.path("startColumn").asInt()).isEqualTo(13);
    assertThat(region.path("endLine").asInt()).isEqualTo(4);
    assertThat(region.path("endColumn").asInt()).isEqualTo(21);
    assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asText())
        .isEqualTo("/HyperParameterTuningJobConfig/Strategy");
    assertThat(enumCase.path("properties").path("pointer").asText())
        .isEqualTo("/HyperParameterTuningJobConfig/Strategy");

    JsonNode replacement =
        enumCase.path("fixes").get(0).path("artifactChanges").get(0).path("replacements").get(0);
    assertThat(replacement.path("insertedContent").path("text").asText()).isEqualTo("Bayesian");
    assertThat(replacement.path("deletedRegion").path("startColumn").asInt()).isEqualTo(13);
  }

  @Test
  void relatedLocationsFixesAndEscapesStayValid() throws IOException {
    JsonNode result = write(List.of(Samples.awkward())).path("runs").get(0).path("results").get(0);
    assertThat(result.path("level").asText()).isEqualTo("warning");
    assertThat(result.path("message").path("text").asText()).contains("<first> & \"second\"");
    JsonNode related = result.path("relatedLocations").get(0);
    assertThat(related.path("message").path("text").asText()).isEqualTo("first A here");
    assertThat(related.path("physicalLocation").path("region").path("startLine").asInt())
        .isEqualTo(2);
    assertThat(result.path("fixes")).hasSize(2);
    assertThat(result.path("fixes").get(0).path("description").path("text").asText())
        .isEqualTo("Remove the second A");
    assertThat(result.has("ruleIndex")).as("a rule the linter does not know").isFalse();
  }

  @Test
  void infoIsANoteAndAnEmptyRunIsValid() throws IOException {
    JsonNode results = write(List.of(Samples.awkward())).path("runs").get(0).path("results");
    assertThat(results.get(1).path("level").asText()).isEqualTo("note");
    assertThat(write(List.of()).path("runs").get(0).path("results")).isEmpty();
  }

  @Test
  void pathsOutsideTheBaseBecomeFileUrisAndWindowsSlashesTurn() {
    SarifReporter reporter = new SarifReporter(List.of(), Path.of("/work/repo"));
    assertThat(reporter.uri("/work/repo/a/b.json")).isEqualTo("a/b.json");
    assertThat(reporter.uri("/elsewhere/b.json")).isEqualTo("file:///elsewhere/b.json");
    assertThat(reporter.uri("c:odd.json")).isEqualTo("./c:odd.json");
    assertThat(new SarifReporter(List.of(), Path.of("")).uri("<stdin>")).isEqualTo("%3Cstdin%3E");
  }

  @Test
  void theSchemaCheckWouldCatchABadReport() throws IOException {
    // Guards the guard: a level SARIF does not know must be rejected by the copied schema.
    StringBuilder out = new StringBuilder();
    new SarifReporter(List.of(), Path.of("")).write(List.of(Samples.awkward()), out);
    String bad = out.toString().replace("\"level\" : \"note\"", "\"level\" : \"info\"");
    assertThat(bad).isNotEqualTo(out.toString());
    assertThat(SARIF_SCHEMA.validate(JSON.readTree(bad))).isNotEmpty();
  }

  @Test
  void aRuleWithADocumentationPageCarriesItAsHelp() throws IOException {
    String id = "HPO-BAYES-PARALLELISM";
    String page = RuleDocs.page(id).orElse(null);
    assumeTrue(page != null, "the page of " + id);
    RuleInfo rule = RuleInfo.builtIn(id, Severity.INFO, "Bayesian search with all jobs at once");
    StringBuilder out = new StringBuilder();
    new SarifReporter(List.of(rule), Path.of("")).write(List.of(), out);
    JsonNode sarif = JSON.readTree(out.toString());
    assertThat(SARIF_SCHEMA.validate(sarif)).isEmpty();
    JsonNode described = sarif.path("runs").get(0).path("tool").path("driver").path("rules").get(0);
    assertThat(described.path("help").path("markdown").asText()).isEqualTo(page);
    assertThat(described.path("fullDescription").path("text").asText())
        .startsWith("`Strategy` is `Bayesian`")
        .doesNotContain("\n");
    assertThat(described.path("defaultConfiguration").path("level").asText()).isEqualTo("note");
  }

  @Test
  void theDescriptionSkipsHeadingsAndTheSeverityLine() {
    assertThat(
            SarifReporter.firstParagraph(
                "# X: title\n\nSeverity: error\n\n## What it checks\nOne\nline.\n\nMore."))
        .isEqualTo("One line.");
  }
}

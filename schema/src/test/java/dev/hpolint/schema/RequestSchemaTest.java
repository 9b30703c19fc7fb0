package dev.hpolint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks the committed schema itself, so these run in a clone without the shared API model. */
class RequestSchemaTest {

  private static final String REFERENCE_LINK =
      " See https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_[A-Za-z0-9]+\\.html";

  private final JsonNode schema = TestJson.resource(SchemaResources.REQUEST_SCHEMA);
  private final JsonNode defs = schema.get("$defs");

  @Test
  void rootDeclaresTheDialectAndProvenanceAndPointsAtTheRequest() {
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$ref").asText())
        .isEqualTo("#/$defs/CreateHyperParameterTuningJobRequest");
    assertThat(schema.get("$comment").asText()).contains("Do not edit by hand");
    assertThat(schema.has("$id")).as("no network $id: the linter never fetches anything").isFalse();
    JsonNode model = schema.get("x-hpolint-api-model");
    assertThat(model.get("uid").asText()).isEqualTo("sagemaker-2017-07-24");
    assertThat(model.get("operation").asText()).isEqualTo("CreateHyperParameterTuningJob");
    assertThat(model.get("sha256").asText()).matches("[0-9a-f]{64}");
  }

  @Test
  void everyRefResolvesInsideTheFile() {
    List<String> refs = new ArrayList<>();
    TestJson.walk(
        schema,
        "",
        (pointer, node) -> {
          if (node.isObject() && node.has("$ref")) {
            refs.add(node.get("$ref").asText());
          }
        });
    assertThat(refs)
        .isNotEmpty()
        .allSatisfy(
            ref -> {
              assertThat(ref).startsWith("#/$defs/");
              assertThat(schema.at(ref.substring(1)).isObject()).as(ref).isTrue();
            });
  }

  @Test
  void everyDefinitionAndPropertyIsDescribedWithALink() {
    defs.fields()
        .forEachRemaining(
            def -> {
              assertThat(def.getValue().path("description").asText())
                  .as(def.getKey())
                  .containsPattern(REFERENCE_LINK + "$");
              def.getValue()
                  .path("properties")
                  .fields()
                  .forEachRemaining(
                      p ->
                          assertThat(p.getValue().path("description").asText())
                              .as(def.getKey() + "." + p.getKey())
                              .containsPattern(REFERENCE_LINK + "$"));
            });
  }

  @Test
  void structuresRejectUnknownMembersAndRequireOnlyTheirOwn() {
    defs.fields()
        .forEachRemaining(
            def -> {
              JsonNode shape = def.getValue();
              if (shape.has("properties")) {
                assertThat(shape.get("additionalProperties").isBoolean()).as(def.getKey()).isTrue();
                assertThat(shape.get("additionalProperties").asBoolean())
                    .as(def.getKey())
                    .isFalse();
                shape
                    .path("required")
                    .forEach(
                        r ->
                            assertThat(shape.get("properties").has(r.asText()))
                                .as(def.getKey() + " requires " + r.asText())
                                .isTrue());
              }
            });
  }

  @Test
  void everyPatternIsAnchoredAndCompilesInJava() {
    List<String> patterns = new ArrayList<>();
    TestJson.walk(
        schema,
        "",
        (pointer, node) -> {
          if (pointer.endsWith("/pattern") && node.isTextual()) {
            patterns.add(node.asText());
          }
        });
    assertThat(patterns)
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p).startsWith("^(?:").endsWith(")$");
              Pattern.compile(p);
            });
    // The two constructs other regex engines lack; Java has both.
    assertThat(patterns).anyMatch(p -> p.contains("\\p{L}")).anyMatch(p -> p.contains("(?<!-)"));
  }

  @Test
  void spotChecksAgainstTheFieldTable() {
    JsonNode name = defs.get("HyperParameterTuningJobName");
    assertThat(name.get("maxLength").asInt()).isEqualTo(32);
    assertThat(name.get("minLength").asInt()).isEqualTo(1);
    assertThat(name.get("pattern").asText()).isEqualTo("^(?:[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31})$");

    assertThat(defs.at("/TrainingJobEarlyStoppingType/enum").toString())
        .isEqualTo("[\"Off\",\"Auto\"]");
    assertThat(defs.at("/OutputCompressionType/enum").toString()).isEqualTo("[\"GZIP\",\"NONE\"]");
    assertThat(defs.at("/CompressionType/enum").toString()).isEqualTo("[\"None\",\"Gzip\"]");

    JsonNode definition = defs.at("/HyperParameterTrainingJobDefinition/properties");
    assertThat(definition.at("/StaticHyperParameters/$ref").asText())
        .isEqualTo("#/$defs/HyperParameters");
    assertThat(defs.at("/HyperParameters/additionalProperties/$ref").asText())
        .isEqualTo("#/$defs/HyperParameterValue");
    assertThat(defs.at("/HyperParameterValue/maxLength").asInt()).isEqualTo(2500);
    assertThat(defs.at("/HyperParameters/maxProperties").asInt()).isEqualTo(100);
    assertThat(definition.at("/InputDataConfig/$ref").asText())
        .isEqualTo("#/$defs/InputDataConfig");
    assertThat(defs.at("/InputDataConfig/maxItems").asInt()).isEqualTo(20);
    assertThat(defs.at("/InputDataConfig/minItems").asInt()).isEqualTo(1);
    assertThat(defs.at("/MetricDefinitionList/maxItems").asInt()).isEqualTo(40);
    assertThat(defs.at("/KeepAlivePeriodInSeconds/maximum").asInt()).isEqualTo(21600);
    assertThat(defs.at("/HyperParameterTuningMaxRuntimeInSeconds/minimum").asInt()).isEqualTo(120);
    assertThat(defs.at("/HyperParameterTuningMaxRuntimeInSeconds/maximum").asInt())
        .isEqualTo(15768000);
    assertThat(defs.at("/TargetObjectiveMetricValue/type").asText()).isEqualTo("number");
    assertThat(defs.at("/Seed/type").asText()).isEqualTo("integer");

    assertThat(defs.at("/CreateHyperParameterTuningJobRequest/required").toString())
        .isEqualTo("[\"HyperParameterTuningJobName\",\"HyperParameterTuningJobConfig\"]");
    assertThat(defs.at("/HyperParameterTrainingJobDefinition/required").toString())
        .isEqualTo(
            "[\"AlgorithmSpecification\",\"RoleArn\",\"OutputDataConfig\",\"StoppingCondition\"]");
  }

  @Test
  void mapsConstrainTheirKeysInline() {
    JsonNode environmentKeys = defs.at("/HyperParameterTrainingJobEnvironmentMap/propertyNames");
    assertThat(environmentKeys.get("x-hpolint-shape").asText())
        .isEqualTo("HyperParameterTrainingJobEnvironmentKey");
    assertThat(environmentKeys.get("pattern").asText()).isEqualTo("^(?:[a-zA-Z_][a-zA-Z0-9_]*)$");
    assertThat(environmentKeys.get("maxLength").asInt()).isEqualTo(512);
    assertThat(defs.at("/HyperParameterTrainingJobEnvironmentMap/maxProperties").asInt())
        .isEqualTo(48);

    JsonNode hyperParameterKeys = defs.at("/HyperParameters/propertyNames");
    assertThat(hyperParameterKeys.get("maxLength").asInt()).isEqualTo(256);
    assertThat(hyperParameterKeys.get("pattern").asText()).isEqualTo("^(?:.*)$");
  }
}

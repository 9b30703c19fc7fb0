package dev.hpolint.schema.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hpolint.schema.TestJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on a small hand-made model that has one of every shape kind. */
class SchemaGeneratorTest {

  private static final String TINY_MODEL = "/dev/hpolint/schema/generator/tiny-service-2.json";
  private static final String TINY_EXPECTED =
      "/dev/hpolint/schema/generator/tiny-expected.schema.json";

  private final byte[] modelBytes = TestJson.bytes(TINY_MODEL);
  private final JsonNode model = TestJson.resource(TINY_MODEL);
  private final ObjectNode schema = SchemaGenerator.generate(modelBytes, "PutWidget");
  private final JsonNode defs = schema.get("$defs");

  @Test
  void rendersExactlyTheReviewedSchema() {
    assertThat(SchemaGenerator.render(schema))
        .isEqualTo(new String(TestJson.bytes(TINY_EXPECTED), StandardCharsets.UTF_8));
  }

  @Test
  void rootCarriesDialectProvenanceAndRef() {
    assertThat(schema.get("$schema").asText()).isEqualTo(SchemaGenerator.SCHEMA_DIALECT);
    assertThat(schema.get("title").asText()).isEqualTo("Tiny PutWidget request");
    assertThat(schema.get("$ref").asText()).isEqualTo("#/$defs/PutWidgetRequest");
    assertThat(schema.get(SchemaGenerator.MODEL_INFO_KEYWORD).toString())
        .isEqualTo(
            "{\"uid\":\"tiny-2024-01-01\",\"apiVersion\":\"2024-01-01\",\"serviceId\":\"Tiny\","
                + "\"operation\":\"PutWidget\",\"sha256\":\""
                + sha256Hex()
                + "\"}");
  }

  @Test
  void onlyReachableShapesAreDefinedInNameOrder() {
    assertThat(TestJson.fieldNames(defs))
        .isSorted()
        .contains("PutWidgetRequest", "Part", "LabelKey", "ChoiceUnion")
        .doesNotContain("Unreachable", "PutWidgetResponse");
  }

  @Test
  void structureKeepsModelOrderRequiredAndClosesTheObject() {
    JsonNode request = defs.get("PutWidgetRequest");
    assertThat(request.get("type").asText()).isEqualTo("object");
    assertThat(TestJson.fieldNames(request.get("properties")))
        .startsWith("WidgetName", "Parts", "Labels");
    assertThat(request.get("required").toString()).isEqualTo("[\"WidgetName\",\"Parts\"]");
    assertThat(request.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(request.at("/properties/Parts/$ref").asText()).isEqualTo("#/$defs/PartList");
    assertThat(request.at("/properties/OldField/deprecated").asBoolean()).isTrue();
  }

  @Test
  void listMapEnumPatternAndNumbersCarryTheirConstraints() {
    assertThat(defs.get("PartList").toString())
        .contains(
            "\"type\":\"array\"",
            "\"items\":{\"$ref\":\"#/$defs/Part\"}",
            "\"minItems\":1",
            "\"maxItems\":3");
    JsonNode labels = defs.get("LabelMap");
    assertThat(labels.get("propertyNames").toString())
        .isEqualTo(
            "{\"x-hpolint-shape\":\"LabelKey\",\"minLength\":1,\"maxLength\":8,\"pattern\":\"^(?:[A-Z_]+)$\"}");
    assertThat(labels.at("/additionalProperties/$ref").asText()).isEqualTo("#/$defs/LabelValue");
    assertThat(labels.get("maxProperties").asInt()).isEqualTo(5);
    assertThat(defs.at("/Colour/enum").toString()).isEqualTo("[\"Red\",\"GREEN\",\"blue\"]");
    // The group keeps the alternation inside the anchors.
    assertThat(defs.at("/WidgetName/pattern").asText()).isEqualTo("^(?:[a-z]+|[0-9]+)$");
    assertThat(defs.get("WidgetWeight").toString())
        .contains("\"type\":\"integer\"", "\"minimum\":1", "\"maximum\":1000");
    assertThat(defs.at("/SerialNumber/type").asText()).isEqualTo("integer");
    assertThat(defs.get("Ratio").toString())
        .contains("\"type\":\"number\"", "\"minimum\":0.5", "\"maximum\":2");
    assertThat(defs.at("/Flag/type").asText()).isEqualTo("boolean");
    assertThat(defs.at("/Moment/type").asText()).isEqualTo("string");
    assertThat(defs.get("Bytes").has("maxLength"))
        .as("blob bounds count bytes, not characters")
        .isFalse();
    assertThat(defs.get("Anything").has("type")).as("a document accepts any JSON").isFalse();
    assertThat(defs.get("ChoiceUnion").toString())
        .contains("\"minProperties\":1", "\"maxProperties\":1");
  }

  @Test
  void unknownShapesGetAGenericDescriptionLinkedToTheirStructurePage() {
    String base = Descriptions.REFERENCE_BASE;
    assertThat(defs.at("/PutWidgetRequest/description").asText())
        .endsWith(" See " + base + "PutWidget.html");
    assertThat(defs.at("/Part/properties/Id/description").asText())
        .contains("Id member of Part")
        .endsWith(" See " + base + "Part.html");
    assertThat(defs.at("/LabelKey/description").asText())
        .contains("LabelKey")
        .endsWith(" See " + base + "PutWidget.html");
    assertThat(defs.at("/Anything/description").asText())
        .as("a document has no page of its own")
        .endsWith(" See " + base + "PutWidget.html");
  }

  @Test
  void modelWithoutBytesHasNoChecksum() {
    assertThat(
            SchemaGenerator.generate(model, "PutWidget")
                .get(SchemaGenerator.MODEL_INFO_KEYWORD)
                .has("sha256"))
        .isFalse();
  }

  @Test
  void missingOperationIsNamedWithTheOnesThatExist() {
    assertThatThrownBy(() -> SchemaGenerator.generate(model, "DeleteWidget"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'DeleteWidget'")
        .hasMessageContaining("PutWidget");
  }

  @Test
  void missingShapeIsNamedWithItsReferrer() {
    ObjectNode broken = model.deepCopy();
    ((ObjectNode) broken.get("shapes")).remove("LabelValue");
    assertThatThrownBy(() -> SchemaGenerator.generate(broken, "PutWidget"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'LabelValue'")
        .hasMessageContaining("LabelMap");
  }

  @Test
  void missingInputShapeAndNonModelsAreRejectedClearly() {
    ObjectNode broken = model.deepCopy();
    ((ObjectNode) broken.get("shapes")).remove("PutWidgetRequest");
    assertThatThrownBy(() -> SchemaGenerator.generate(broken, "PutWidget"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'PutWidgetRequest'");
    assertThatThrownBy(
            () -> SchemaGenerator.generate(new ObjectMapper().createObjectNode(), "PutWidget"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a botocore service model");
  }

  @Test
  void describeOutputOnlyMembersAreTheResponseMinusTheRequestPlusResponseMetadata()
      throws Exception {
    JsonNode pair =
        new ObjectMapper()
            .readTree(
                """
                {"operations": {
                   "CreateHyperParameterTuningJob": {"input": {"shape": "CreateRequest"}},
                   "DescribeHyperParameterTuningJob": {"output": {"shape": "DescribeResponse"}}},
                 "shapes": {
                   "S": {"type": "string"},
                   "CreateRequest": {"type": "structure", "members": {"Name": {"shape": "S"}, "Config": {"shape": "S"}}},
                   "DescribeResponse": {"type": "structure",
                     "members": {"Status": {"shape": "S"}, "Name": {"shape": "S"}, "Arn": {"shape": "S"}}}}}
                """);

    assertThat(SchemaGenerator.describeOutputOnlyMembers(pair).get("members").toString())
        .isEqualTo("[\"Arn\",\"ResponseMetadata\",\"Status\"]");
  }

  @Test
  void renderingIsStableAndRoundTrips() throws Exception {
    String text = SchemaGenerator.render(schema);
    assertThat(text).endsWith("}\n").doesNotContain("\r").contains("\n  \"$defs\": {\n");
    ObjectNode reparsed = (ObjectNode) new ObjectMapper().readTree(text);
    assertThat(SchemaGenerator.render(reparsed)).isEqualTo(text);
  }

  @Test
  void commandLineWritesTheRenderedSchema(@TempDir Path dir) throws Exception {
    Path modelFile = dir.resolve("service-2.json");
    Files.write(modelFile, modelBytes);
    Path out = dir.resolve("out/tiny.schema.json");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        SchemaGenerator.run(
            new String[] {modelFile.toString(), out.toString(), "PutWidget"},
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(Files.readString(out)).isEqualTo(SchemaGenerator.render(schema));
  }

  @Test
  void commandLineReportsUsageAndModelErrors(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(SchemaGenerator.run(new String[] {"only-one-argument"}, stream)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");

    Path modelFile = dir.resolve("service-2.json");
    Files.write(modelFile, modelBytes);
    assertThat(
            SchemaGenerator.run(
                new String[] {modelFile.toString(), dir.resolve("x.json").toString(), "Nope"},
                stream))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("'Nope'");
  }

  private String sha256Hex() {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(modelBytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

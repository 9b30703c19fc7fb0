package dev.hpolint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The instance catalog must cover the schema's enum exactly and be internally consistent. */
class InstanceTypesTest {

  private static final Set<String> STORAGE_CLASSES = Set.of("nvme", "ebs", "unknown");

  private final JsonNode types = TestJson.resource(SchemaResources.INSTANCE_TYPES).get("types");

  @Test
  void keysAreTheTrainingInstanceTypeEnumInItsOrder() {
    JsonNode schema = TestJson.resource(SchemaResources.REQUEST_SCHEMA);
    List<String> enumValues = new ArrayList<>();
    schema.at("/$defs/TrainingInstanceType/enum").forEach(v -> enumValues.add(v.asText()));

    assertThat(enumValues).hasSize(145);
    assertThat(TestJson.fieldNames(types)).containsExactlyElementsOf(enumValues);
  }

  @Test
  void everyEntryIsConsistent() {
    types
        .fields()
        .forEachRemaining(
            e -> {
              String type = e.getKey();
              JsonNode entry = e.getValue();
              String storage = entry.path("storage").asText();
              assertThat(type)
                  .as("family of %s", type)
                  .startsWith(entry.path("family").asText() + ".");
              assertThat(STORAGE_CLASSES).as("storage of %s", type).contains(storage);
              assertThat(entry.has("localStorageGb"))
                  .as("localStorageGb iff nvme: %s", type)
                  .isEqualTo(storage.equals("nvme"));
              if (storage.equals("nvme")) {
                assertThat(entry.get("localStorageGb").asInt()).as(type).isPositive();
              }
              if (!storage.equals("unknown")) {
                assertThat(entry.path("gpus").isInt()).as("gpus of %s", type).isTrue();
              }
              assertThat(entry.has("gpuModel"))
                  .as("gpuModel iff gpus > 0: %s", type)
                  .isEqualTo(entry.path("gpus").asInt() > 0);
              assertThat(entry.has("trainiumChips"))
                  .as("trainiumChips only for trn: %s", type)
                  .isEqualTo(type.startsWith("ml.trn"));
            });
  }

  @Test
  void figuresMatchTheCatalog() {
    Map<String, Integer> localStorage =
        Map.of(
            "ml.g4dn.xlarge",
            125,
            "ml.g5.16xlarge",
            1900,
            "ml.g6.16xlarge",
            1880,
            "ml.g6.48xlarge",
            7520,
            "ml.g7e.48xlarge",
            15200,
            "ml.p3dn.24xlarge",
            1800,
            "ml.p5.4xlarge",
            3800,
            "ml.p5.48xlarge",
            30400,
            "ml.trn1.2xlarge",
            474,
            "ml.r5d.large",
            75);
    localStorage.forEach(
        (type, gb) ->
            assertThat(types.at("/" + type + "/localStorageGb").asInt()).as(type).isEqualTo(gb));

    assertThat(types.at("/ml.g4dn.12xlarge/gpus").asInt()).isEqualTo(4);
    assertThat(types.at("/ml.g4dn.16xlarge/gpus").asInt()).isEqualTo(1);
    assertThat(types.at("/ml.p2.16xlarge/gpus").asInt()).isEqualTo(16);
    assertThat(types.at("/ml.g7e.12xlarge/gpus").asInt()).isEqualTo(2);
    assertThat(types.at("/ml.trn2.48xlarge/trainiumChips").asInt()).isEqualTo(16);
    assertThat(types.at("/ml.m5.large/storage").asText()).isEqualTo("ebs");
    assertThat(types.at("/ml.r5.large/storage").asText()).isEqualTo("ebs");
    assertThat(types.get("ml.p6e-gb200.36xlarge").toString())
        .isEqualTo("{\"family\":\"ml.p6e-gb200\",\"storage\":\"unknown\"}");

    long nvme = 0;
    for (JsonNode entry : types) {
      nvme += entry.path("storage").asText().equals("nvme") ? 1 : 0;
    }
    assertThat(nvme).as("NVMe types in part C's per-size lookup").isEqualTo(57);
  }
}

package dev.hpolint.schema.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hpolint.schema.SchemaResources;
import dev.hpolint.schema.TestJson;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The hover texts cover exactly the shapes and members of the committed schema. */
class DescriptionsTest {

  private final JsonNode texts = TestJson.resource(Descriptions.RESOURCE);
  private final JsonNode defs = TestJson.resource(SchemaResources.REQUEST_SCHEMA).get("$defs");

  @Test
  void everyShapeAndMemberHasItsOwnTextAndNoTextIsStale() {
    Set<String> keys = new TreeSet<>();
    defs.fields()
        .forEachRemaining(
            def -> {
              keys.add(def.getKey());
              def.getValue()
                  .path("properties")
                  .fieldNames()
                  .forEachRemaining(m -> keys.add(def.getKey() + "." + m));
            });
    assertThat(new TreeSet<>(TestJson.fieldNames(texts))).isEqualTo(keys);
  }

  @Test
  void textsAreShortSentencesWithoutTheirOwnLink() {
    texts
        .fields()
        .forEachRemaining(
            e ->
                assertThat(e.getValue().asText())
                    .as(e.getKey())
                    .hasSizeBetween(10, 200)
                    .endsWith(".")
                    .doesNotContain("http"));
  }
}

package dev.hpolint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every pattern the schema enforces must be explainable in words, and the words must be right. */
class PatternWordsTest {

  private final JsonNode schema = TestJson.resource(SchemaResources.REQUEST_SCHEMA);
  private final JsonNode words = TestJson.resource(SchemaResources.PATTERN_WORDS);

  @Test
  void everyPatternShapeHasWordsAndNoEntryIsStale() {
    assertThat(new TreeSet<>(TestJson.fieldNames(words))).isEqualTo(patternShapes());
  }

  @Test
  void everyExampleInTheWordsIsAValidValue() {
    words
        .fields()
        .forEachRemaining(
            e -> {
              String text = e.getValue().asText();
              int at = text.indexOf("such as ");
              if (at < 0) {
                return;
              }
              String examples = text.substring(at + "such as ".length()).split(" \\(")[0];
              JsonNode shape = constraintsOf(e.getKey());
              Pattern pattern = Pattern.compile(shape.get("pattern").asText());
              for (String example : examples.split(" or ")) {
                assertThat(pattern.matcher(example).matches())
                    .as("%s example %s", e.getKey(), example)
                    .isTrue();
                assertThat(example.length())
                    .as("%s example %s", e.getKey(), example)
                    .isBetween(
                        shape.path("minLength").asInt(0),
                        shape.path("maxLength").asInt(Integer.MAX_VALUE));
              }
            });
  }

  /**
   * $defs with a pattern, plus map key shapes, whose constraints are inlined under propertyNames.
   */
  private Set<String> patternShapes() {
    Set<String> names = new TreeSet<>();
    schema
        .get("$defs")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().has("pattern")) {
                names.add(e.getKey());
              }
              JsonNode keys = e.getValue().path("propertyNames");
              if (keys.isObject()) {
                names.add(keys.get("x-hpolint-shape").asText());
              }
            });
    return names;
  }

  private JsonNode constraintsOf(String shape) {
    return schema.get("$defs").get(shape);
  }
}

package dev.hpolint.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaResourcesTest {

  @Test
  void everyDeclaredResourceIsOnTheClasspath() throws Exception {
    for (String path :
        List.of(
            SchemaResources.REQUEST_SCHEMA,
            SchemaResources.DESCRIBE_OUTPUT_MEMBERS,
            SchemaResources.PATTERN_WORDS,
            SchemaResources.INSTANCE_TYPES)) {
      try (InputStream in = SchemaResources.open(path)) {
        assertThat(in.read()).as(path).isEqualTo('{');
      }
    }
  }

  @Test
  void aMissingResourceIsNamedInTheError() {
    assertThatThrownBy(() -> SchemaResources.open("/dev/hpolint/schema/no-such-file.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/dev/hpolint/schema/no-such-file.json");
  }
}

package dev.hpolint.schema.generator;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hpolint.schema.SchemaResources;
import dev.hpolint.schema.TestJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed generated files must be exactly what the generator makes from the shared model. */
class GeneratedFilesDriftTest {

  private static byte[] modelBytes;
  private static Path modelPath;

  @BeforeAll
  static void readModel() throws Exception {
    Optional<Path> found = ApiModelFile.find();
    if (found.isPresent()) {
      modelPath = found.get();
      modelBytes = Files.readAllBytes(modelPath);
    }
  }

  @Test
  void requestSchemaMatchesTheModel() {
    assumeModel();
    String regenerated =
        SchemaGenerator.render(
            SchemaGenerator.generate(modelBytes, SchemaGenerator.DEFAULT_OPERATION));
    assertSameBytes(SchemaResources.REQUEST_SCHEMA, regenerated);
  }

  @Test
  void describeOutputMembersMatchTheModel() throws Exception {
    assumeModel();
    String regenerated =
        SchemaGenerator.render(
            SchemaGenerator.describeOutputOnlyMembers(new ObjectMapper().readTree(modelBytes)));
    assertSameBytes(SchemaResources.DESCRIBE_OUTPUT_MEMBERS, regenerated);
  }

  private static void assumeModel() {
    assumeTrue(
        modelBytes != null,
        "no API model: set -D"
            + ApiModelFile.PROPERTY
            + " or check out shared/ next to"
            + " the repository to compare the generated files with it");
  }

  private static void assertSameBytes(String resource, String regenerated) {
    byte[] committed = TestJson.bytes(resource);
    byte[] expected = regenerated.getBytes(StandardCharsets.UTF_8);
    if (Arrays.equals(committed, expected)) {
      return;
    }
    fail(
        resource
            + " is out of date with "
            + modelPath
            + " ("
            + firstDifference(committed, expected)
            + "). Regenerate it from the repository root with: "
            + SchemaGenerator.REGENERATE_HINT
            + " -D"
            + ApiModelFile.PROPERTY
            + "="
            + modelPath.toAbsolutePath()
            + " (or run the java command in the SchemaGenerator class comment), review the diff, and commit.");
  }

  private static String firstDifference(byte[] committed, byte[] expected) {
    String[] a = new String(committed, StandardCharsets.UTF_8).split("\n", -1);
    String[] b = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        return "first difference at line "
            + (i + 1)
            + ": committed `"
            + a[i]
            + "`, generated `"
            + b[i]
            + "`";
      }
    }
    return "committed has " + a.length + " lines, generated has " + b.length;
  }
}

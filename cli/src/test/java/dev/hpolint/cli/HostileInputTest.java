package dev.hpolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never crashes anything: each of these ends in a finding (or exit 2) with a position,
 * never a stack trace. Sizes are those of the issue; time is bounded by the JUnit timeout of the
 * build rather than measured here (speed is measured by the benchmarks module).
 */
class HostileInputTest {
  @TempDir Path dir;

  private CliRun lint(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return CliRun.of("lint", "--color=never", file.toString());
  }

  private static void assertCleanFailure(CliRun run, String ruleId) {
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(ruleId);
    assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void malformedJson() throws IOException {
    assertCleanFailure(
        lint("bad.json", "{\"A\": [1, 2,, 3]}".getBytes(StandardCharsets.UTF_8)),
        "bad.json:1:13: error SYNTAX-ERROR");
  }

  @Test
  void truncatedJsonAndYaml() throws IOException {
    assertCleanFailure(
        lint("cut.json", "{\"HyperParameterTuningJobName\": \"a".getBytes(StandardCharsets.UTF_8)),
        "SYNTAX-ERROR");
    assertCleanFailure(
        lint("cut.yaml", "A:\n  - [1, 2\n".getBytes(StandardCharsets.UTF_8)), "SYNTAX-ERROR");
  }

  @Test
  void binaryFile() throws IOException {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    bytes[10] = 0;
    assertCleanFailure(lint("image.json", bytes), "INPUT-NOT-TEXT");
  }

  @Test
  void wrongEncoding() throws IOException {
    byte[] latin1 =
        "{\"HyperParameterTuningJobName\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertCleanFailure(lint("latin1.json", latin1), "latin1.json:1:37: error INPUT-NOT-TEXT");
  }

  @Test
  void emptyAndBlankFiles() throws IOException {
    assertCleanFailure(lint("empty.json", new byte[0]), "SYNTAX-NOT-OBJECT");
    assertCleanFailure(
        lint("blank.yaml", "# only a comment\n".getBytes(StandardCharsets.UTF_8)),
        "SYNTAX-NOT-OBJECT");
    assertCleanFailure(
        lint("list.json", "[1, 2]".getBytes(StandardCharsets.UTF_8)), "SYNTAX-NOT-OBJECT");
  }

  @Test
  void deeplyNestedDocuments() throws IOException {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertCleanFailure(lint("deep.json", deep.getBytes(StandardCharsets.UTF_8)), "INPUT-LIMIT");
    String deepYaml = "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000);
    assertCleanFailure(lint("deep.yaml", deepYaml.getBytes(StandardCharsets.UTF_8)), "INPUT-LIMIT");
  }

  @Test
  void yamlAliasBomb() throws IOException {
    StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char previous = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      bomb.append("]\n");
    }
    assertCleanFailure(
        lint("bomb.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8)), "INPUT-LIMIT");
  }

  @Test
  void thirtyMegabyteDocument() throws IOException {
    StringBuilder big = new StringBuilder(31 * 1024 * 1024);
    big.append("{\"HyperParameterTuningJobName\": \"big\", \"Padding\": [");
    while (big.length() < 30 * 1024 * 1024) {
      big.append(
          "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",");
    }
    big.append("\"end\"]}");
    assertCleanFailure(
        lint("big.json", big.toString().getBytes(StandardCharsets.UTF_8)), "INPUT-LIMIT");
  }

  @Test
  void wrongTypesEverywhere() throws IOException {
    String text =
        "{\"HyperParameterTuningJobName\": 5, \"HyperParameterTuningJobConfig\": [], "
            + "\"TrainingJobDefinition\": \"x\", \"Tags\": {\"Key\": null}}";
    CliRun run = lint("types.json", text.getBytes(StandardCharsets.UTF_8));
    assertCleanFailure(run, "SCHEMA-TYPE");
  }
}

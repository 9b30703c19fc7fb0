package dev.hpolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** --config: user rules appear in 'rules' and 'explain'; a bad configuration exits with 2. */
class ConfigOptionTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = Main.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void userRulesAreListedAndExplainedLikeBuiltInOnes() throws Exception {
    Files.writeString(
        dir.resolve("team.rules"),
        "rule ACME-NAME-PREFIX\n  severity info\n  summary \"Job names start with acme-\"\n"
            + "  when not startsWith(HyperParameterTuningJobName, \"acme-\")\n"
            + "  message \"Start the name with acme-\"\n");
    Path config = dir.resolve(".hpolint.yaml");
    Files.writeString(config, "ruleFiles: [team.rules]\n");
    Run rules = run("rules", "--format", "json", "--config", config.toString());
    assertThat(rules.exit()).isZero();
    assertThat(rules.out())
        .contains("\"id\" : \"ACME-NAME-PREFIX\"")
        .contains("\"source\" : \"team.rules\"")
        .contains("\"id\" : \"HPO-HYPERBAND-EARLY-STOPPING\"");
    Run explain = run("explain", "ACME-NAME-PREFIX", "--config", config.toString());
    assertThat(explain.exit()).isZero();
    assertThat(explain.out()).contains("Job names start with acme-").contains("team.rules");
  }

  @Test
  void aBrokenRuleFileStopsTheRunWithACompilerStyleMessage() throws Exception {
    Files.writeString(
        dir.resolve("team.rules"),
        "rule ACME-X\n  severity error\n  summary \"s\"\n  when $.Tagz\n  message \"m\"\n");
    Path config = dir.resolve(".hpolint.yaml");
    Files.writeString(config, "ruleFiles: [team.rules]\n");
    Path job = dir.resolve("job.json");
    Files.writeString(job, "{\"HyperParameterTuningJobName\": \"x\"}");
    Run lint = run("lint", job.toString());
    assertThat(lint.exit()).isEqualTo(2);
    assertThat(lint.err())
        .startsWith("hpolint: team.rules:4:9: unknown member 'Tagz'")
        .contains("did you mean 'Tags'?")
        .contains("^");
    assertThat(lint.err()).doesNotContain("Exception");
  }
}

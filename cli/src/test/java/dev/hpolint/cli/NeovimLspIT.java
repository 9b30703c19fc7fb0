package dev.hpolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hpolint in a real editor: Neovim, headless, with its built-in LSP client attached to {@code java
 * -jar hpolint.jar lsp}, on a tuning-job file with a slip in it. The editor is driven by {@code
 * e2e/drive-neovim.lua}, which records what the user would have seen. Runs after the jar is built
 * ({@code mvn verify}); skipped, with the reason printed, where Neovim is not installed.
 */
class NeovimLspIT {
  private static final String SKIP =
      "NeovimLspIT skipped: nvim is not on the PATH. Install Neovim (Debian: apt-get install neovim)"
          + " to run the editor end-to-end test.";

  @Test
  void findingsCompletionHoverAndAQuickFixInNeovim(@TempDir Path dir) throws Exception {
    Path nvim = onPath("nvim");
    if (nvim == null) {
      System.err.println("[hpolint] " + SKIP);
    }
    Assumptions.assumeTrue(nvim != null, SKIP);
    Path jar = Path.of(System.getProperty("hpolint.jar", "target/hpolint.jar")).toAbsolutePath();
    assertThat(jar).as("the shaded jar, built before integration tests").exists();
    Path file = dir.resolve("tuning-job.yaml");
    Path script = dir.resolve("drive-neovim.lua");
    Path out = dir.resolve("seen.json");
    copy("/e2e/tuning-job.yaml", file);
    copy("/e2e/drive-neovim.lua", script);

    ProcessBuilder builder =
        new ProcessBuilder(
                nvim.toString(),
                "--headless",
                "--clean",
                "-n",
                "-c",
                "luafile " + script,
                file.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("nvim.log").toFile());
    Map<String, String> env = builder.environment();
    env.put("HPOLINT_E2E_OUT", out.toString());
    env.put("HPOLINT_JAR", jar.toString());
    env.put("HPOLINT_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Keep Neovim's state, logs and any user configuration out of the way.
    for (String xdg :
        List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
      env.put(xdg, dir.resolve("xdg").toString());
    }
    Process process = builder.start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Neovim did not finish within 180 s; " + seen(out, dir));
    }

    JsonNode seen = new ObjectMapper().readTree(out.toFile());
    assertThat(seen.path("ok").asBoolean()).as("the editor session: %s", seen(out, dir)).isTrue();

    JsonNode finding = first(seen.path("diagnostics"), "code", "HPO-ENUM-CASE");
    assertThat(finding.path("source").asText()).isEqualTo("hpolint");
    assertThat(finding.path("lnum").asInt()).isEqualTo(3);
    assertThat(finding.path("col").asInt()).isEqualTo(12);
    assertThat(finding.path("end_col").asInt()).isEqualTo(20);
    assertThat(finding.path("href").asText()).startsWith("https://docs.aws.amazon.com/");

    JsonNode gpu = first(seen.path("completion"), "label", "ml.g4dn.12xlarge");
    assertThat(gpu.path("detail").asText()).contains("4 GPUs").contains("900 GB local NVMe");

    assertThat(seen.path("hover").asText())
        .startsWith("**Strategy** — required")
        .contains("Allowed values: `Bayesian`, `Random`, `Hyperband`, `Grid`.");

    assertThat(texts(seen.path("actions")))
        .contains("Change to Bayesian", "Disable HPO-ENUM-CASE on this line");
    assertThat(seen.path("fixed_line").asText()).isEqualTo("  Strategy: Bayesian");
    assertThat(texts(seen.path("codes_after_fix"))).doesNotContain("HPO-ENUM-CASE");
  }

  private static JsonNode first(JsonNode array, String field, String value) {
    for (JsonNode item : array) {
      if (value.equals(item.path(field).asText())) {
        return item;
      }
    }
    throw new AssertionError("no " + field + " " + value + " in " + array);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  /** What the editor recorded and printed, for a failure message. */
  private static String seen(Path out, Path dir) throws IOException {
    String recorded = Files.exists(out) ? Files.readString(out) : "(nothing recorded)";
    Path log = dir.resolve("nvim.log");
    String printed = Files.exists(log) ? Files.readString(log) : "";
    return recorded + (printed.isBlank() ? "" : "\nNeovim printed:\n" + printed);
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = NeovimLspIT.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Files.copy(in, target);
    }
  }

  private static Path onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String directory : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(directory, command);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}

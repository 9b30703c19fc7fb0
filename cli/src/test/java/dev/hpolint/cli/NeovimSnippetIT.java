package dev.hpolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Neovim setup from {@code editors/README.md}, as a user's init.lua: opening a tuning job must
 * start hpolint, pass the snippet's settings and bring the findings, with nothing else done. Neovim
 * 0.11 and later run the {@code vim.lsp.config} snippet, 0.9 and 0.10 the {@code vim.lsp.start}
 * one. Debian 12's Neovim is 0.7, which has no {@code vim.lsp.start}: there the 0.9 snippet runs on
 * a stand-in built from the older API, the 0.11 one is only checked to be valid Lua, and the test
 * prints so. (NeovimLspIT covers completion, hover and code actions in Neovim.) Skipped, with the
 * reason printed, where Neovim is not installed.
 */
class NeovimSnippetIT {

  @Test
  void theReadmeSetupStartsHpolintWithItsSettings(@TempDir Path dir) throws Exception {
    Path nvim = EditorProcess.onPath("nvim");
    if (nvim == null) {
      System.err.println(
          "[hpolint] NeovimSnippetIT skipped: nvim is not on the PATH (Debian: apt-get install neovim).");
    }
    Assumptions.assumeTrue(nvim != null, "NeovimSnippetIT skipped: nvim is not on the PATH");

    EditorSnippets snippets = EditorSnippets.fromRepository();
    Path jar = EditorProcess.jar();
    Path file = dir.resolve("tuning-job.yaml");
    Path init = dir.resolve("init.lua");
    Path driver = dir.resolve("drive-neovim-snippet.lua");
    Path snippet09 = dir.resolve("hpolint-0.9.lua");
    Path snippet011 = dir.resolve("hpolint-0.11.lua");
    Path out = dir.resolve("seen.json");
    Path log = dir.resolve("nvim.log");
    EditorProcess.copy("/editors/tuning-job.yaml", file);
    EditorProcess.copy("/editors/neovim-init.lua", init);
    EditorProcess.copy("/editors/drive-neovim-snippet.lua", driver);
    Files.writeString(snippet09, snippets.withJar("neovim-0.9", jar));
    Files.writeString(snippet011, snippets.withJar("neovim-0.11", jar));

    ProcessBuilder builder =
        new ProcessBuilder(
                nvim.toString(),
                "--headless",
                "-n",
                "-u",
                init.toString(),
                "-c",
                "luafile " + driver,
                file.toString())
            .directory(dir.toFile());
    EditorProcess.isolate(builder, dir);
    builder.environment().put("HPOLINT_E2E_OUT", out.toString());
    builder.environment().put("HPOLINT_SNIPPET_0_9", snippet09.toString());
    builder.environment().put("HPOLINT_SNIPPET_0_11", snippet011.toString());
    boolean finished = EditorProcess.run(builder, log, 180);
    assertThat(finished)
        .as("Neovim finished within 180 s; %s", EditorProcess.seen(out, log))
        .isTrue();

    JsonNode seen = new ObjectMapper().readTree(out.toFile());
    assertThat(seen.path("ok").asBoolean())
        .as("the editor session: %s", EditorProcess.seen(out, log))
        .isTrue();
    JsonNode setup = seen.path("setup");
    System.err.printf(
        "[hpolint] NeovimSnippetIT: Neovim %s ran the %s snippet%s%n",
        setup.path("version").asText(),
        setup.path("snippet").asText(),
        setup.path("stand_in").asBoolean()
            ? " on a stand-in for vim.lsp.start (this Neovim predates it); the 0.11 snippet was only parsed"
            : "");
    assertThat(seen.path("filetype").asText()).isEqualTo("yaml");
    assertThat(seen.path("cmd").get(0).asText()).isEqualTo("java");
    assertThat(seen.path("cmd").get(2).asText()).isEqualTo(jar.toString());
    JsonNode wrongCase = finding(seen, "HPO-ENUM-CASE");
    assertThat(wrongCase.path("severity").asInt()).isEqualTo(1);
    assertThat(wrongCase.path("lnum").asInt()).isEqualTo(4);
    assertThat(wrongCase.path("col").asInt()).isEqualTo(12);
    // A warning (2) by default; the snippet's settings make it information (3).
    assertThat(finding(seen, "YAML-AMBIGUOUS-SCALAR").path("severity").asInt()).isEqualTo(3);
  }

  private static JsonNode finding(JsonNode seen, String code) {
    for (JsonNode item : seen.path("diagnostics")) {
      if (code.equals(item.path("code").asText())) {
        return item;
      }
    }
    throw new AssertionError("no " + code + " in " + seen.path("diagnostics"));
  }
}

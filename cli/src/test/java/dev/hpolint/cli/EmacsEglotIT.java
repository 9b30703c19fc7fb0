package dev.hpolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hpolint in Emacs through eglot, set up with the snippet from {@code editors/README.md}: Emacs in
 * batch mode opens a tuning job with two slips in it and {@code editors/drive-emacs.el} records
 * what the user would see. Skipped, with the reason printed, where Emacs or eglot is not installed
 * (Emacs 29 and later have eglot built in; Debian's Emacs 28 needs the elpa-eglot and
 * elpa-yaml-mode packages).
 */
class EmacsEglotIT {

  @Test
  void findingsSettingsCompletionHoverAndAQuickFixInEmacs(@TempDir Path dir) throws Exception {
    Path emacs = EditorProcess.onPath("emacs");
    skipUnless(
        emacs != null,
        "emacs is not on the PATH. Install it (Debian: apt-get install emacs-nox elpa-eglot elpa-yaml-mode)");
    skipUnless(
        loads(emacs, dir, "eglot") && loads(emacs, dir, "yaml-mode"),
        "Emacs cannot load eglot or yaml-mode. Install them (Debian: apt-get install elpa-eglot elpa-yaml-mode; Emacs 29 has eglot built in)");

    Path file = dir.resolve("tuning-job.yaml");
    Path driver = dir.resolve("drive-emacs.el");
    Path snippet = dir.resolve("hpolint-eglot.el");
    Path out = dir.resolve("seen.json");
    Path log = dir.resolve("emacs.log");
    EditorProcess.copy("/editors/tuning-job.yaml", file);
    EditorProcess.copy("/editors/drive-emacs.el", driver);
    Files.writeString(
        snippet, EditorSnippets.fromRepository().withJar("emacs-eglot", EditorProcess.jar()));

    ProcessBuilder builder =
        new ProcessBuilder(
                emacs.toString(),
                "--batch",
                "--no-init-file",
                "-l",
                driver.toString(),
                file.toString())
            .directory(dir.toFile());
    EditorProcess.isolate(builder, dir);
    builder.environment().put("HPOLINT_E2E_OUT", out.toString());
    builder.environment().put("HPOLINT_SNIPPET", snippet.toString());
    boolean finished = EditorProcess.run(builder, log, 180);
    assertThat(finished)
        .as("Emacs finished within 180 s; %s", EditorProcess.seen(out, log))
        .isTrue();

    JsonNode seen = new ObjectMapper().readTree(out.toFile());
    assertThat(seen.path("ok").asBoolean())
        .as("the editor session: %s", EditorProcess.seen(out, log))
        .isTrue();
    assertThat(seen.path("major_mode").asText()).isEqualTo("yaml-mode");

    JsonNode wrongCase = first(seen.path("diagnostics"), "HPO-ENUM-CASE");
    assertThat(wrongCase.path("type").asText()).isEqualTo("eglot-error");
    assertThat(wrongCase.path("line").asInt()).isEqualTo(5);
    assertThat(wrongCase.path("column").asInt()).isEqualTo(12);
    assertThat(wrongCase.path("text").asText()).isEqualTo("bayesian");
    assertThat(wrongCase.path("message").asText()).contains("Bayesian");
    // A warning by default; the snippet's eglot-workspace-configuration makes it information.
    assertThat(first(seen.path("diagnostics"), "YAML-AMBIGUOUS-SCALAR").path("type").asText())
        .isEqualTo("eglot-note");

    assertThat(texts(seen.path("completion"))).contains("ml.g4dn.12xlarge", "ml.m5.xlarge");
    assertThat(seen.path("completion_annotation").asText())
        .contains("4 GPUs")
        .contains("900 GB local NVMe");

    assertThat(seen.path("hover").asText())
        .startsWith("**Strategy** — required")
        .contains("Allowed values: `Bayesian`, `Random`, `Hyperband`, `Grid`.");

    assertThat(texts(seen.path("actions")))
        .contains("Change to Bayesian", "Disable HPO-ENUM-CASE on this line");
    assertThat(seen.path("fixed_line").asText()).isEqualTo("  Strategy: Bayesian");
    assertThat(texts(seen.path("codes_after_fix"))).containsExactly("YAML-AMBIGUOUS-SCALAR");
    assertThat(texts(seen.path("log_complaints"))).as("warnings the server logged").isEmpty();
  }

  /** Whether this Emacs, started as the test starts it, can load a library. */
  private static boolean loads(Path emacs, Path dir, String feature) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                emacs.toString(),
                "--batch",
                "--no-init-file",
                "--eval",
                "(progn (require 'package) (package-activate-all) (require '" + feature + "))")
            .directory(dir.toFile());
    EditorProcess.isolate(builder, dir);
    Process process =
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    process.getOutputStream().close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return false;
    }
    return process.exitValue() == 0;
  }

  private static void skipUnless(boolean condition, String reason) {
    if (!condition) {
      System.err.println("[hpolint] EmacsEglotIT skipped: " + reason + ".");
    }
    Assumptions.assumeTrue(condition, "EmacsEglotIT skipped: " + reason);
  }

  private static JsonNode first(JsonNode array, String code) {
    for (JsonNode item : array) {
      if (code.equals(item.path("code").asText())) {
        return item;
      }
    }
    throw new AssertionError("no " + code + " in " + array);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}

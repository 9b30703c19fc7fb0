package dev.hpolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the editor end-to-end tests share: finding the editor, the jar, and running it apart. */
final class EditorProcess {
  private EditorProcess() {}

  /** The shaded jar that {@code mvn verify} builds before integration tests run. */
  static Path jar() {
    Path jar = Path.of(System.getProperty("hpolint.jar", "target/hpolint.jar")).toAbsolutePath();
    assertThat(jar).as("the shaded jar, built before integration tests").exists();
    return jar;
  }

  static Path onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, command);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  static void copy(String resource, Path target) throws IOException {
    try (InputStream in = EditorProcess.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Files.copy(in, target);
    }
  }

  /**
   * Keeps the editor away from the user's own configuration and state, and puts the Java running
   * the tests first on the PATH, so that the snippets' plain {@code java} is a Java 17 or later.
   */
  static void isolate(ProcessBuilder builder, Path dir) throws IOException {
    Map<String, String> env = builder.environment();
    Path home = Files.createDirectories(dir.resolve("home"));
    env.put("HOME", home.toString());
    for (String xdg :
        List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
      env.put(xdg, dir.resolve("xdg").toString());
    }
    Path javaBin = Path.of(System.getProperty("java.home"), "bin");
    env.put("PATH", javaBin + File.pathSeparator + env.getOrDefault("PATH", ""));
  }

  /** Runs the editor to its end; its output goes to {@code log}. False when it had to be killed. */
  static boolean run(ProcessBuilder builder, Path log, int seconds)
      throws IOException, InterruptedException {
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    // Nothing to type: an editor that reads its input meets the end of it at once.
    process.getOutputStream().close();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return false;
    }
    return true;
  }

  /** What the editor recorded and printed, for a failure message. */
  static String seen(Path out, Path log) throws IOException {
    String recorded = Files.exists(out) ? Files.readString(out) : "(nothing recorded)";
    String printed = Files.exists(log) ? Files.readString(log) : "";
    return recorded + (printed.isBlank() ? "" : "\nThe editor printed:\n" + printed);
  }
}

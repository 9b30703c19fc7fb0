package dev.hpolint.lsp;

import dev.hpolint.lsp.settings.ProjectConfig;
import java.time.Duration;

/**
 * How the server is set up by whoever starts it (the command, a test, the benchmark), as opposed to
 * the settings a user sends from the editor.
 *
 * @param debounce how long to wait after a change before linting, so a burst of keystrokes costs
 *     one run
 * @param projectConfig where a document's project configuration comes from
 */
public record ServerOptions(Duration debounce, ProjectConfig projectConfig) {
  public static final ServerOptions DEFAULT =
      new ServerOptions(Duration.ofMillis(200), ProjectConfig.nearestFile(message -> {}));

  public ServerOptions withDebounce(Duration newDebounce) {
    return new ServerOptions(newDebounce, projectConfig);
  }
}

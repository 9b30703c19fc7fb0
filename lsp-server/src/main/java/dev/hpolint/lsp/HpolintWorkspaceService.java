package dev.hpolint.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The {@code workspace/*} notifications: new settings from the editor. */
final class HpolintWorkspaceService implements WorkspaceService {
  private final HpolintLanguageServer server;
  private final RequestRunner runner;

  HpolintWorkspaceService(HpolintLanguageServer server, RequestRunner runner) {
    this.server = server;
    this.runner = runner;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    runner.notification(
        "workspace/didChangeConfiguration",
        () -> server.applySettings(params == null ? null : params.getSettings()));
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    // Nothing watched yet; a project's .hpolint.yaml will be, once its loader exists.
  }
}

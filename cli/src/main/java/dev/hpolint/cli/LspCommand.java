package dev.hpolint.cli;

import dev.hpolint.lsp.LanguageServerLauncher;
import dev.hpolint.lsp.ServerOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hpolint lsp}: the language server, for editors. */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    description = {
      "Runs hpolint's language server, for editors (VS Code, IntelliJ, Neovim, ...).",
      "It speaks the Language Server Protocol on standard input and output, or on a local socket",
      "with --port."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the editor shut the server down",
      "1:the connection ended without a shutdown",
      "2:usage error, or the port could not be opened"
    })
final class LspCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Listen on 127.0.0.1:N for one editor connection instead of using stdio.")
  Integer port;

  // Editors' client libraries (vscode-languageclient, for one) add --stdio on their own.
  @Option(names = "--stdio", description = "Use standard input and output (the default).")
  boolean stdio;

  @Override
  public Integer call() throws IOException {
    if (port != null && stdio) {
      return usage("--port and --stdio cannot be used together");
    }
    if (port == null) {
      return LanguageServerLauncher.serveStdio(ServerOptions.DEFAULT);
    }
    if (port < 0 || port > 65535) {
      return usage("--port must be between 0 and 65535, not " + port);
    }
    try {
      return LanguageServerLauncher.serveSocket(port, ServerOptions.DEFAULT, System.err);
    } catch (IOException e) {
      PrintStream err = System.err;
      err.println("hpolint lsp: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
      return ExitCodes.TROUBLE;
    }
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("hpolint lsp: " + message);
    return ExitCodes.TROUBLE;
  }
}

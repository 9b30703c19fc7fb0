package dev.hpolint.benchmarks;

import dev.hpolint.lsp.LanguageServerLauncher;
import dev.hpolint.lsp.ServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The server and a minimal editor joined by a real JSON-RPC connection in one process, so that a
 * measurement includes what an editor waits for: serialising, sending, reading, linting,
 * publishing.
 */
final class Connection implements LanguageClient, AutoCloseable {
  private final Pipe toServer = open();
  private final Pipe toClient = open();
  private final LanguageServerLauncher.Running running;
  private final LanguageServer server;
  private volatile Awaited awaited;

  /** A publication a measurement waits for. */
  private record Awaited(
      String uri, int version, CompletableFuture<PublishDiagnosticsParams> done) {}

  Connection(Duration debounce) throws Exception {
    running =
        LanguageServerLauncher.start(
            Channels.newInputStream(toServer.source()),
            Channels.newOutputStream(toClient.sink()),
            ServerOptions.DEFAULT.withDebounce(debounce));
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(
            this,
            Channels.newInputStream(toClient.source()),
            Channels.newOutputStream(toServer.sink()));
    launcher.startListening();
    server = launcher.getRemoteProxy();
    InitializeParams params = new InitializeParams();
    TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
    text.setCompletion(new CompletionCapabilities(new CompletionItemCapabilities(true)));
    params.setCapabilities(new ClientCapabilities(null, text, null));
    server.initialize(params).get(60, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
  }

  LanguageServer server() {
    return server;
  }

  /** Opens a document and waits until its first findings are published. */
  void open(String uri, String text) throws Exception {
    CompletableFuture<PublishDiagnosticsParams> done = expect(uri, 1);
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, text)));
    done.get(120, TimeUnit.SECONDS);
  }

  /** Sends a change and returns the future of its publication. */
  CompletableFuture<PublishDiagnosticsParams> change(
      String uri, int version, TextDocumentContentChangeEvent change) {
    CompletableFuture<PublishDiagnosticsParams> done = expect(uri, version);
    send(uri, version, change);
    return done;
  }

  /** Sends a change without waiting for anything. */
  void send(String uri, int version, TextDocumentContentChangeEvent change) {
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
  }

  private CompletableFuture<PublishDiagnosticsParams> expect(String uri, int version) {
    Awaited next = new Awaited(uri, version, new CompletableFuture<>());
    awaited = next;
    return next.done();
  }

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams params) {
    Awaited current = awaited;
    if (current != null
        && current.uri().equals(params.getUri())
        && params.getVersion() != null
        && params.getVersion() == current.version()) {
      current.done().complete(params);
    }
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public void showMessage(MessageParams message) {}

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void logMessage(MessageParams message) {}

  @Override
  public void close() throws IOException {
    try {
      server.shutdown().get(10, TimeUnit.SECONDS);
      server.exit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // The measurements are done; a server slow to stop is closed below anyway.
    } finally {
      running.close();
      toServer.sink().close();
      toClient.sink().close();
    }
  }

  private static Pipe open() {
    try {
      return Pipe.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

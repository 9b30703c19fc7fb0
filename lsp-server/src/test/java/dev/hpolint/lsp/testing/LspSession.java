package dev.hpolint.lsp.testing;

import dev.hpolint.lsp.HpolintLanguageServer;
import dev.hpolint.lsp.LanguageServerLauncher;
import dev.hpolint.lsp.ServerOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The server and a recording client joined by a real JSON-RPC connection, as an editor would be:
 * every request and notification is serialised, sent and read back, so tests see exactly what an
 * editor sees.
 */
public final class LspSession implements AutoCloseable {
  public static final Duration WAIT = Duration.ofSeconds(20);

  private final RecordingClient client = new RecordingClient();
  private final LanguageServerLauncher.Running running;
  private final LanguageServer server;
  private final Pipes toServer = Pipes.open();
  private final Pipes toClient = Pipes.open();
  private final InitializeResult initialized;
  private int versions = 1;

  /** What the pretend editor supports and sends when it starts. */
  public record Setup(
      boolean snippets,
      boolean versionedEdits,
      boolean hierarchicalSymbols,
      Object options,
      Duration debounce) {
    public static final Setup DEFAULT = new Setup(true, true, true, null, Duration.ofMillis(20));

    public Setup withSnippets(boolean value) {
      return new Setup(value, versionedEdits, hierarchicalSymbols, options, debounce);
    }

    public Setup withHierarchicalSymbols(boolean value) {
      return new Setup(snippets, versionedEdits, value, options, debounce);
    }

    public Setup withOptions(Object value) {
      return new Setup(snippets, versionedEdits, hierarchicalSymbols, value, debounce);
    }

    public Setup withDebounce(Duration value) {
      return new Setup(snippets, versionedEdits, hierarchicalSymbols, options, value);
    }
  }

  public LspSession() {
    this(Setup.DEFAULT);
  }

  public LspSession(Setup setup) {
    running =
        LanguageServerLauncher.start(
            toServer.in(), toClient.out(), ServerOptions.DEFAULT.withDebounce(setup.debounce()));
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(client, toClient.in(), toServer.out());
    launcher.startListening();
    server = launcher.getRemoteProxy();
    InitializeParams params = new InitializeParams();
    params.setCapabilities(capabilities(setup));
    params.setInitializationOptions(setup.options());
    initialized = get(server.initialize(params));
    server.initialized(new InitializedParams());
  }

  private static ClientCapabilities capabilities(Setup setup) {
    CompletionItemCapabilities item = new CompletionItemCapabilities(setup.snippets());
    TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
    text.setCompletion(new CompletionCapabilities(item));
    DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
    symbols.setHierarchicalDocumentSymbolSupport(setup.hierarchicalSymbols());
    text.setDocumentSymbol(symbols);
    WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
    WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
    edits.setDocumentChanges(setup.versionedEdits());
    workspace.setWorkspaceEdit(edits);
    return new ClientCapabilities(workspace, text, null);
  }

  public InitializeResult initializeResult() {
    return initialized;
  }

  public RecordingClient client() {
    return client;
  }

  public LanguageServer server() {
    return server;
  }

  /** The server object itself, for tests that look at its memory. */
  public HpolintLanguageServer serverInstance() {
    return running.server();
  }

  public static String uri(String fileName) {
    return "file:///work/project/" + fileName;
  }

  /** Opens a document that lives at a real path (so that its project files are found). */
  public String openFile(java.nio.file.Path file, String text) {
    return openUri(file.toUri().toString(), file.getFileName().toString(), text);
  }

  /** Opens a document; returns its URI. */
  public String open(String fileName, String text) {
    return openUri(uri(fileName), fileName, text);
  }

  private String openUri(String uri, String fileName, String text) {
    String language = fileName.endsWith(".json") ? "json" : "yaml";
    server
        .getTextDocumentService()
        .didOpen(
            new DidOpenTextDocumentParams(new TextDocumentItem(uri, language, versions++, text)));
    return uri;
  }

  /** Replaces a range of the document; returns the new version. */
  public int change(String uri, Range range, String text) {
    int version = versions++;
    TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(range, text);
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
    return version;
  }

  /** Replaces the whole text; returns the new version. */
  public int replaceAll(String uri, String text) {
    int version = versions++;
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
    return version;
  }

  public void close(String uri) {
    server
        .getTextDocumentService()
        .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
  }

  /** Opens a document and waits for its first diagnostics. */
  public List<Diagnostic> openAndLint(String fileName, String text) {
    String uri = open(fileName, text);
    return client.awaitDiagnostics(uri, p -> true, WAIT).getDiagnostics();
  }

  public PublishDiagnosticsParams awaitVersion(String uri, int version) {
    return client.awaitDiagnostics(
        uri, p -> p.getVersion() != null && p.getVersion() == version, WAIT);
  }

  public List<CompletionItem> complete(String uri, Position position) {
    var result =
        get(
            server
                .getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), position)));
    return result.isLeft() ? result.getLeft() : result.getRight().getItems();
  }

  public Hover hover(String uri, Position position) {
    return get(
        server
            .getTextDocumentService()
            .hover(new HoverParams(new TextDocumentIdentifier(uri), position)));
  }

  public List<CodeAction> codeActions(String uri, Range range, List<String> only) {
    CodeActionContext context = new CodeActionContext(List.of());
    context.setOnly(only);
    List<Either<Command, CodeAction>> actions =
        get(
            server
                .getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, context)));
    return actions.stream().filter(Either::isRight).map(Either::getRight).toList();
  }

  public List<Either<SymbolInformation, DocumentSymbol>> symbols(String uri) {
    return get(
        server
            .getTextDocumentService()
            .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
  }

  public List<? extends Location> definition(String uri, Position position) {
    var result =
        get(
            server
                .getTextDocumentService()
                .definition(new DefinitionParams(new TextDocumentIdentifier(uri), position)));
    return result.getLeft();
  }

  public static <T> T get(CompletableFuture<T> future) {
    try {
      return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new AssertionError("request failed: " + e, e);
    }
  }

  @Override
  public void close() {
    try {
      server.shutdown().get(5, TimeUnit.SECONDS);
      server.exit();
      running.server().exitCode().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The test is over; a server that did not stop cleanly is closed below anyway.
    } finally {
      running.close();
      toServer.close();
      toClient.close();
    }
  }
}

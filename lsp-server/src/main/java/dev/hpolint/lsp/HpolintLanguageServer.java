package dev.hpolint.lsp;

import dev.hpolint.api.HpolintVersion;
import dev.hpolint.lsp.HpolintTextDocumentService.LifecycleState;
import dev.hpolint.lsp.actions.CodeActionHandler;
import dev.hpolint.lsp.completion.CompletionHandler;
import dev.hpolint.lsp.diagnostics.DiagnosticsScheduler;
import dev.hpolint.lsp.document.DocumentStore;
import dev.hpolint.lsp.hover.HoverHandler;
import dev.hpolint.lsp.model.InstanceCatalog;
import dev.hpolint.lsp.model.ShapeWords;
import dev.hpolint.lsp.settings.LinterProvider;
import dev.hpolint.lsp.settings.SettingsReader;
import dev.hpolint.schema.PatternWords;
import dev.hpolint.schema.SchemaModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * hpolint's language server: the lifecycle ({@code initialize}, {@code shutdown}, {@code exit}),
 * settings, and the wiring of the document store, the diagnostics scheduler and one handler per
 * request behind the text-document and workspace services.
 */
public final class HpolintLanguageServer implements LanguageServer, LanguageClientAware {
  private final DocumentStore store = new DocumentStore();
  private final LinterProvider linters;
  private final ClientLog log;
  private final ScheduledThreadPoolExecutor lintExecutor;
  private final ExecutorService requestExecutor;
  private final DiagnosticsScheduler diagnostics;
  private final RequestRunner runner;
  private final HpolintTextDocumentService documents;
  private final HpolintWorkspaceService workspace;
  private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  private volatile LanguageClient client;
  private volatile ClientFeatures features = ClientFeatures.NONE;
  private volatile LifecycleState state = LifecycleState.STARTING;

  public HpolintLanguageServer(ServerOptions options) {
    this.log = new ClientLog(() -> client);
    this.linters =
        new LinterProvider(options.projectConfig().reportingTo(log::warning), log::warning);
    this.lintExecutor = new ScheduledThreadPoolExecutor(1, daemon("hpolint-lint"));
    // A cancelled debounce must leave the queue at once, or a fast typist fills it.
    lintExecutor.setRemoveOnCancelPolicy(true);
    this.requestExecutor = Executors.newFixedThreadPool(2, daemon("hpolint-request"));
    this.diagnostics =
        new DiagnosticsScheduler(
            store, linters, () -> client, log, lintExecutor, options.debounce());
    this.runner = new RequestRunner(requestExecutor, log);
    SchemaModel schema = SchemaModel.bundled();
    ShapeWords words = new ShapeWords(schema, PatternWords.bundled());
    this.documents =
        new HpolintTextDocumentService(
            store,
            diagnostics,
            linters,
            runner,
            log,
            () -> features,
            () -> state,
            new CompletionHandler(schema, words, InstanceCatalog.bundled()),
            new HoverHandler(schema, words));
    this.workspace = new HpolintWorkspaceService(this, runner);
  }

  @Override
  public void connect(LanguageClient languageClient) {
    this.client = languageClient;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    return runner.request(
        "initialize",
        cancel -> {
          features = ClientFeatures.of(params == null ? null : params.getCapabilities());
          applySettings(params == null ? null : params.getInitializationOptions());
          started();
          return new InitializeResult(
              capabilities(), new ServerInfo("hpolint", HpolintVersion.get()));
        });
  }

  /** A shutdown that arrived while initialize was still working stands. */
  private synchronized void started() {
    if (state == LifecycleState.STARTING) {
      state = LifecycleState.RUNNING;
    }
  }

  @Override
  public void initialized(InitializedParams params) {
    // Compile the schema now rather than on the first keystroke.
    lintExecutor.execute(() -> runner.notification("initialized", () -> linters.forDocument("")));
  }

  @Override
  public synchronized CompletableFuture<Object> shutdown() {
    state = LifecycleState.SHUT_DOWN;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exitCode.complete(state == LifecycleState.SHUT_DOWN ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  /** Completes with the process exit status: 0 after shutdown and exit, 1 otherwise. */
  public CompletableFuture<Integer> exitCode() {
    return exitCode;
  }

  /** The connection ended without an exit notification. */
  void connectionClosed() {
    exitCode.complete(state == LifecycleState.SHUT_DOWN ? 0 : 1);
  }

  /**
   * Stops the server's threads. Requests still running get a moment to finish, so that their
   * responses go out before the process ends; linting is simply dropped.
   */
  public void stop() {
    lintExecutor.shutdownNow();
    requestExecutor.shutdown();
    try {
      if (!requestExecutor.awaitTermination(3, TimeUnit.SECONDS)) {
        requestExecutor.shutdownNow();
      }
    } catch (InterruptedException e) {
      requestExecutor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  ClientLog log() {
    return log;
  }

  /** The open documents; for tests that check memory stays flat. */
  public DocumentStore store() {
    return store;
  }

  /** The diagnostics scheduler; for tests that check pending work stays bounded. */
  public DiagnosticsScheduler diagnostics() {
    return diagnostics;
  }

  void applySettings(Object raw) {
    SettingsReader.Read read = new SettingsReader(linters.ruleIds()).read(raw);
    read.warnings().forEach(log::warning);
    linters.settings(read.settings());
    diagnostics.relintAll();
  }

  private static ServerCapabilities capabilities() {
    ServerCapabilities capabilities = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    capabilities.setTextDocumentSync(sync);
    CompletionOptions completion = new CompletionOptions(false, List.of("\"", ":", " "));
    capabilities.setCompletionProvider(completion);
    capabilities.setHoverProvider(true);
    capabilities.setCodeActionProvider(
        new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionHandler.FIX_ALL_KIND)));
    capabilities.setDocumentSymbolProvider(true);
    capabilities.setDefinitionProvider(true);
    return capabilities;
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

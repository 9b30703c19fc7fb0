package dev.hpolint.lsp;

import dev.hpolint.lsp.actions.CodeActionHandler;
import dev.hpolint.lsp.completion.CompletionHandler;
import dev.hpolint.lsp.definition.DefinitionHandler;
import dev.hpolint.lsp.diagnostics.DiagnosticsScheduler;
import dev.hpolint.lsp.document.DocumentSnapshot;
import dev.hpolint.lsp.document.DocumentStore;
import dev.hpolint.lsp.hover.HoverHandler;
import dev.hpolint.lsp.settings.LinterProvider;
import dev.hpolint.lsp.symbols.DocumentSymbolHandler;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The {@code textDocument/*} methods: keeps the document store in step with the editor and hands
 * each request to its handler. Requests capture the document as it is when they arrive (messages
 * are read in order, so every earlier change is in), then run off the message thread.
 */
final class HpolintTextDocumentService implements TextDocumentService {
  private final DocumentStore store;
  private final DiagnosticsScheduler diagnostics;
  private final LinterProvider linters;
  private final RequestRunner runner;
  private final ClientLog log;
  private final Supplier<ClientFeatures> client;
  private final Supplier<LifecycleState> lifecycle;
  private final CompletionHandler completion;
  private final HoverHandler hover;
  private final CodeActionHandler codeActions = new CodeActionHandler();
  private final DocumentSymbolHandler symbols = new DocumentSymbolHandler();
  private final DefinitionHandler definitions = new DefinitionHandler();

  /** Where the server is in its life: requests are only answered between the two. */
  enum LifecycleState {
    STARTING,
    RUNNING,
    SHUT_DOWN
  }

  HpolintTextDocumentService(
      DocumentStore store,
      DiagnosticsScheduler diagnostics,
      LinterProvider linters,
      RequestRunner runner,
      ClientLog log,
      Supplier<ClientFeatures> client,
      Supplier<LifecycleState> lifecycle,
      CompletionHandler completion,
      HoverHandler hover) {
    this.store = store;
    this.diagnostics = diagnostics;
    this.linters = linters;
    this.runner = runner;
    this.log = log;
    this.client = client;
    this.lifecycle = lifecycle;
    this.completion = completion;
    this.hover = hover;
  }

  // ---- synchronisation

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    runner.notification(
        "textDocument/didOpen",
        () -> {
          TextDocumentItem document = params == null ? null : params.getTextDocument();
          if (!accepting() || document == null || document.getUri() == null) {
            log.warning("ignored a didOpen without a document");
            return;
          }
          String text = document.getText() == null ? "" : document.getText();
          store.open(document.getUri(), document.getVersion(), document.getLanguageId(), text);
          diagnostics.opened(document.getUri());
        });
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    runner.notification(
        "textDocument/didChange",
        () -> {
          if (!accepting()
              || params == null
              || params.getTextDocument() == null
              || params.getTextDocument().getUri() == null
              || params.getContentChanges() == null) {
            log.warning("ignored a didChange without a document or changes");
            return;
          }
          String uri = params.getTextDocument().getUri();
          Integer version = params.getTextDocument().getVersion();
          int next =
              version != null
                  ? version
                  : store.get(uri).map(snapshot -> snapshot.version() + 1).orElse(0);
          if (store.change(uri, next, params.getContentChanges()).isEmpty()) {
            log.warning("ignored a change to a document that is not open: " + uri);
            return;
          }
          diagnostics.changed(uri);
        });
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    runner.notification(
        "textDocument/didClose",
        () -> {
          if (params == null || params.getTextDocument() == null) {
            log.warning("ignored a didClose without a document");
            return;
          }
          String uri = params.getTextDocument().getUri();
          store.close(uri);
          diagnostics.closed(uri);
        });
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // Findings follow every change, so a save brings nothing new.
  }

  // ---- requests

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    return onDocument(
        "textDocument/completion",
        params == null ? null : params.getTextDocument(),
        params != null && params.getPosition() != null,
        Either.forRight(new CompletionList(false, List.of())),
        (snapshot, cancel) ->
            Either.forRight(
                completion.complete(
                    snapshot, params.getPosition(), client.get().snippets(), cancel)));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return onDocument(
        "textDocument/hover",
        params == null ? null : params.getTextDocument(),
        params != null && params.getPosition() != null,
        null,
        (snapshot, cancel) ->
            hover.hover(
                snapshot, params.getPosition(), linters.forDocument(snapshot.uri()), cancel));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return onDocument(
        "textDocument/codeAction",
        params == null ? null : params.getTextDocument(),
        params != null
            && params.getRange() != null
            && params.getRange().getStart() != null
            && params.getRange().getEnd() != null,
        List.of(),
        (snapshot, cancel) ->
            codeActions.actions(
                snapshot,
                params,
                linters.forDocument(snapshot.uri()),
                client.get().versionedEdits(),
                cancel));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    return onDocument(
        "textDocument/documentSymbol",
        params == null ? null : params.getTextDocument(),
        true,
        List.of(),
        (snapshot, cancel) ->
            symbols.symbols(snapshot, client.get().hierarchicalSymbols(), cancel));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
      definition(DefinitionParams params) {
    return onDocument(
        "textDocument/definition",
        params == null ? null : params.getTextDocument(),
        params != null && params.getPosition() != null,
        Either.forLeft(List.of()),
        (snapshot, cancel) ->
            Either.forLeft(definitions.definition(snapshot, params.getPosition())));
  }

  /**
   * Runs a request about one document. Malformed parameters get an InvalidParams error; a document
   * that is not open, or that is not a tuning-job request, gets the empty answer, so hpolint stays
   * silent in the editor's other JSON and YAML files.
   */
  private <T> CompletableFuture<T> onDocument(
      String method,
      TextDocumentIdentifier document,
      boolean paramsComplete,
      T empty,
      BiFunction<DocumentSnapshot, CancelChecker, T> handler) {
    LifecycleState state = lifecycle.get();
    if (state == LifecycleState.STARTING) {
      return RequestRunner.failed(
          ResponseErrorCode.ServerNotInitialized, "the server has not been initialised yet");
    }
    if (state == LifecycleState.SHUT_DOWN) {
      return RequestRunner.failed(
          ResponseErrorCode.InvalidRequest, "the server has been shut down");
    }
    if (document == null || document.getUri() == null || !paramsComplete) {
      return RequestRunner.invalidParams(method + " needs a textDocument and a position or range");
    }
    Optional<DocumentSnapshot> snapshot = store.get(document.getUri());
    if (snapshot.isEmpty()) {
      return CompletableFuture.completedFuture(empty);
    }
    DocumentSnapshot current = snapshot.get();
    return runner.request(
        method, cancel -> current.isTuningJob() ? handler.apply(current, cancel) : empty);
  }

  private boolean accepting() {
    return lifecycle.get() == LifecycleState.RUNNING;
  }
}

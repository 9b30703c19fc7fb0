package dev.hpolint.lsp.diagnostics;

import dev.hpolint.api.LintResult;
import dev.hpolint.lsp.ClientLog;
import dev.hpolint.lsp.LspAdapter;
import dev.hpolint.lsp.document.DocumentSnapshot;
import dev.hpolint.lsp.document.DocumentStore;
import dev.hpolint.lsp.settings.LinterProvider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Lints open documents and publishes their findings. While the user types, each change pushes the
 * pending run back by the debounce delay, so one run follows a burst of keystrokes; a run works on
 * the snapshot current when it starts and publishes only if no newer version has arrived since.
 * When a document is closed, or stops being a tuning-job request, its findings are cleared.
 *
 * <p>Runs happen one at a time on a single thread: linting is CPU-bound, the machine is shared with
 * the editor, and a run that is overtaken is simply not published.
 */
public final class DiagnosticsScheduler {
  private final DocumentStore store;
  private final LinterProvider linters;
  private final Supplier<LanguageClient> client;
  private final ClientLog log;
  private final ScheduledExecutorService executor;
  private final Duration debounce;
  private final Map<String, Future<?>> pending = new ConcurrentHashMap<>();
  private final Set<String> published = ConcurrentHashMap.newKeySet();

  public DiagnosticsScheduler(
      DocumentStore store,
      LinterProvider linters,
      Supplier<LanguageClient> client,
      ClientLog log,
      ScheduledExecutorService executor,
      Duration debounce) {
    this.store = store;
    this.linters = linters;
    this.client = client;
    this.log = log;
    this.executor = executor;
    this.debounce = debounce;
  }

  /** A document was opened: lint it straight away. */
  public void opened(String uri) {
    schedule(uri, Duration.ZERO);
  }

  /** A document changed: lint it once the user pauses. */
  public void changed(String uri) {
    schedule(uri, debounce);
  }

  /** Settings changed: lint every open document again. */
  public void relintAll() {
    for (DocumentSnapshot snapshot : store.all()) {
      schedule(snapshot.uri(), Duration.ZERO);
    }
  }

  public void closed(String uri) {
    Future<?> previous = pending.remove(uri);
    if (previous != null) {
      previous.cancel(false);
    }
    clear(uri);
  }

  /** How many runs are waiting; bounded by the number of open documents. */
  public int pendingRuns() {
    return pending.size();
  }

  private void schedule(String uri, Duration delay) {
    pending.compute(
        uri,
        (key, previous) -> {
          if (previous != null) {
            previous.cancel(false);
          }
          Run run = new Run(uri);
          run.future = executor.schedule(run, delay.toMillis(), TimeUnit.MILLISECONDS);
          return run.future;
        });
  }

  /** One scheduled run, which removes itself (and only itself) from the pending runs. */
  private final class Run implements Runnable {
    private final String uri;
    private volatile Future<?> future;

    Run(String uri) {
      this.uri = uri;
    }

    @Override
    public void run() {
      Future<?> self = future;
      if (self != null) {
        pending.remove(uri, self);
      }
      lintAndPublish(uri);
    }
  }

  private void lintAndPublish(String uri) {
    DocumentSnapshot snapshot = store.get(uri).orElse(null);
    if (snapshot == null) {
      return;
    }
    try {
      if (!snapshot.isTuningJob()) {
        store.ifCurrent(snapshot, current -> clear(uri));
        return;
      }
      LintResult result = linters.suppress(uri, snapshot.lint(linters.forDocument(uri)));
      List<Diagnostic> diagnostics =
          result.diagnostics().stream().map(d -> LspAdapter.diagnostic(d, uri)).toList();
      store.ifCurrent(snapshot, current -> publish(current, diagnostics));
    } catch (RuntimeException | StackOverflowError e) {
      log.error("could not lint " + uri + ": " + e);
    }
  }

  private void publish(DocumentSnapshot snapshot, List<Diagnostic> diagnostics) {
    LanguageClient connected = client.get();
    if (connected == null) {
      return;
    }
    connected.publishDiagnostics(
        new PublishDiagnosticsParams(snapshot.uri(), diagnostics, snapshot.version()));
    if (diagnostics.isEmpty()) {
      published.remove(snapshot.uri());
    } else {
      published.add(snapshot.uri());
    }
  }

  private void clear(String uri) {
    LanguageClient connected = client.get();
    if (published.remove(uri) && connected != null) {
      connected.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
  }
}

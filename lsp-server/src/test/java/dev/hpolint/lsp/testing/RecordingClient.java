package dev.hpolint.lsp.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client that records what the server sends, for tests to wait on and inspect. */
public final class RecordingClient implements LanguageClient {
  private final List<PublishDiagnosticsParams> diagnostics = new ArrayList<>();
  private final List<MessageParams> logs = new ArrayList<>();

  @Override
  public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
    diagnostics.add(params);
    notifyAll();
  }

  @Override
  public synchronized void logMessage(MessageParams message) {
    logs.add(message);
    notifyAll();
  }

  @Override
  public void showMessage(MessageParams message) {
    logMessage(message);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void telemetryEvent(Object object) {}

  public synchronized List<PublishDiagnosticsParams> publications(String uri) {
    return diagnostics.stream().filter(p -> p.getUri().equals(uri)).toList();
  }

  public synchronized List<PublishDiagnosticsParams> allPublications() {
    return List.copyOf(diagnostics);
  }

  public synchronized List<String> logLines() {
    return logs.stream().map(MessageParams::getMessage).toList();
  }

  /** Waits for a publication for the URI that satisfies the test; fails after the timeout. */
  public synchronized PublishDiagnosticsParams awaitDiagnostics(
      String uri, Predicate<PublishDiagnosticsParams> test, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int seen = 0;
    while (true) {
      List<PublishDiagnosticsParams> mine = publications(uri);
      for (int i = seen; i < mine.size(); i++) {
        if (test.test(mine.get(i))) {
          return mine.get(i);
        }
      }
      seen = mine.size();
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "no matching diagnostics for " + uri + " within " + timeout + "; got " + mine);
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  public synchronized String awaitLog(Predicate<String> test, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (MessageParams message : logs) {
        if (test.test(message.getMessage())) {
          return message.getMessage();
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no matching log line within " + timeout + "; got " + logLines());
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}

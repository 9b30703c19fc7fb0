package dev.hpolint.lsp;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Runs every request and notification handler, so that none can take the server down or leave the
 * client waiting: requests run off the message thread and are cancellable (a {@code
 * $/cancelRequest} cancels the future, and the handler's next check stops it); any failure becomes
 * an error response and a line in the editor's log; a failing notification is logged and dropped.
 */
public final class RequestRunner {
  private final Executor executor;
  private final ClientLog log;

  public RequestRunner(Executor executor, ClientLog log) {
    this.executor = executor;
    this.log = log;
  }

  public <T> CompletableFuture<T> request(String method, Function<CancelChecker, T> handler) {
    return CompletableFutures.computeAsync(
        executor,
        cancel -> {
          try {
            cancel.checkCanceled();
            return handler.apply(cancel);
          } catch (CancellationException | ResponseErrorException e) {
            throw e;
          } catch (RuntimeException | StackOverflowError e) {
            log.error(method + " failed: " + describe(e));
            throw new ResponseErrorException(
                new ResponseError(
                    ResponseErrorCode.InternalError,
                    "hpolint could not answer " + method + ": " + describe(e),
                    null));
          }
        });
  }

  public void notification(String method, Runnable handler) {
    try {
      handler.run();
    } catch (RuntimeException | StackOverflowError e) {
      log.error(method + " failed: " + describe(e));
    }
  }

  public static <T> CompletableFuture<T> invalidParams(String message) {
    return CompletableFuture.failedFuture(
        new ResponseErrorException(
            new ResponseError(ResponseErrorCode.InvalidParams, message, null)));
  }

  public static <T> CompletableFuture<T> failed(ResponseErrorCode code, String message) {
    return CompletableFuture.failedFuture(
        new ResponseErrorException(new ResponseError(code, message, null)));
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}

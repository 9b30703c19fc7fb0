package dev.hpolint.lsp;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Tells the user, through the editor's log ({@code window/logMessage}), what the server did not do:
 * a setting it ignored, a notification it could not use, a request that failed. Before a client is
 * connected, and if sending fails, the message goes to standard error instead (never standard
 * output, which carries the protocol on stdio).
 */
public final class ClientLog {
  private static final Logger FALLBACK = Logger.getLogger("hpolint.lsp");

  private final Supplier<LanguageClient> client;

  public ClientLog(Supplier<LanguageClient> client) {
    this.client = client;
  }

  public void warning(String message) {
    send(MessageType.Warning, message);
  }

  public void error(String message) {
    send(MessageType.Error, message);
  }

  public void info(String message) {
    send(MessageType.Info, message);
  }

  private void send(MessageType type, String message) {
    LanguageClient connected = client.get();
    if (connected != null) {
      try {
        connected.logMessage(new MessageParams(type, "hpolint: " + message));
        return;
      } catch (RuntimeException e) {
        // The connection is gone; fall through to standard error.
      }
    }
    FALLBACK.log(type == MessageType.Error ? Level.SEVERE : Level.WARNING, message);
  }
}

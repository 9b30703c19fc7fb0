package dev.hpolint.lsp;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends what LSP4J logs (a message it could not read, a request it could not route) to the editor's
 * log as one line, instead of a stack trace on standard error. Installed by the process entry
 * points only: logging configuration is global to the JVM.
 */
final class ProtocolLog extends Handler {
  private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j");

  private final ClientLog log;

  private ProtocolLog(ClientLog log) {
    this.log = log;
  }

  static void install(ClientLog log) {
    LSP4J.setUseParentHandlers(false);
    for (Handler handler : LSP4J.getHandlers()) {
      LSP4J.removeHandler(handler);
    }
    LSP4J.addHandler(new ProtocolLog(log));
  }

  @Override
  public void publish(LogRecord record) {
    if (record == null || record.getLevel().intValue() < Level.WARNING.intValue()) {
      return;
    }
    String message = firstLine(record.getMessage());
    Throwable thrown = record.getThrown();
    if (thrown != null
        && thrown.getMessage() != null
        && !message.contains(firstLine(thrown.getMessage()))) {
      message = message + ": " + firstLine(thrown.getMessage());
    }
    if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
      log.error("protocol: " + message);
    } else {
      log.warning("protocol: " + message);
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.length() > 300 ? line.substring(0, 297) + "..." : line;
  }
}

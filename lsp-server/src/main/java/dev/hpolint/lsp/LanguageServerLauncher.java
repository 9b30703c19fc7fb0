package dev.hpolint.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Starts the server on a pair of streams: standard input and output for {@code hpolint lsp}, a
 * socket for {@code hpolint lsp --port N}, piped streams in tests.
 */
public final class LanguageServerLauncher {

  private LanguageServerLauncher() {}

  /** A server running on a connection. */
  public record Running(HpolintLanguageServer server, Future<Void> listening, ExecutorService io) {

    /** Waits for the exit notification or the end of the connection; returns the exit status. */
    public int awaitExit() {
      Thread watcher =
          new Thread(
              () -> {
                try {
                  listening.get();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (ExecutionException | RuntimeException e) {
                  // The connection broke; the exit status says so below.
                }
                server.connectionClosed();
              },
              "hpolint-connection");
      watcher.setDaemon(true);
      watcher.start();
      int code = server.exitCode().join();
      close();
      return code;
    }

    public void close() {
      listening.cancel(true);
      server.stop();
      io.shutdownNow();
    }
  }

  public static Running start(InputStream in, OutputStream out, ServerOptions options) {
    HpolintLanguageServer server = new HpolintLanguageServer(options);
    ExecutorService io =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "hpolint-jsonrpc");
              thread.setDaemon(true);
              return thread;
            });
    Launcher<LanguageClient> launcher =
        new LSPLauncher.Builder<LanguageClient>()
            .setLocalService(server)
            .setRemoteInterface(LanguageClient.class)
            .setInput(new FrameGuard(in, server.log()::warning))
            .setOutput(out)
            .setExecutorService(io)
            // Requests missing required fields get an InvalidParams error, not a handler crash.
            .validateMessages(true)
            .create();
    server.connect(launcher.getRemoteProxy());
    return new Running(server, launcher.startListening(), io);
  }

  /**
   * Serves the protocol on standard input and output until the editor says exit. Anything a library
   * prints to standard output would corrupt the protocol, so standard output is pointed at standard
   * error for the duration.
   */
  public static int serveStdio(ServerOptions options) {
    InputStream in = System.in;
    PrintStream protocol = System.out;
    System.setOut(System.err);
    Running running = start(in, protocol, options);
    ProtocolLog.install(running.server().log());
    return running.awaitExit();
  }

  /**
   * Serves one connection on a local socket; {@code port} 0 picks a free port. The port is
   * announced on standard error so an editor or a person can connect.
   */
  public static int serveSocket(int port, ServerOptions options, PrintStream announce)
      throws IOException {
    try (ServerSocket listener = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      announce.println(
          "hpolint: language server listening on 127.0.0.1:" + listener.getLocalPort());
      announce.flush();
      try (Socket socket = listener.accept()) {
        Running running = start(socket.getInputStream(), socket.getOutputStream(), options);
        ProtocolLog.install(running.server().log());
        return running.awaitExit();
      }
    }
  }
}

package dev.hpolint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.lsp.testing.RecordingClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/** {@code hpolint lsp --port N}: one editor connection on a local socket. */
class SocketLaunchTest {

  @Test
  void servesOneConnectionOnTheAnnouncedPortAndExitsCleanly() throws Exception {
    PipedAnnouncement announcement = new PipedAnnouncement();
    CompletableFuture<Integer> status =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return LanguageServerLauncher.serveSocket(
                    0,
                    ServerOptions.DEFAULT.withDebounce(Duration.ofMillis(20)),
                    announcement.stream);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    int port = announcement.awaitPort();

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      Launcher<LanguageServer> client =
          LSPLauncher.createClientLauncher(
              new RecordingClient(), socket.getInputStream(), socket.getOutputStream());
      client.startListening();
      LanguageServer server = client.getRemoteProxy();

      InitializeParams params = new InitializeParams();
      params.setCapabilities(new ClientCapabilities());
      var result = server.initialize(params).get(30, TimeUnit.SECONDS);
      assertThat(result.getServerInfo().getName()).isEqualTo("hpolint");
      server.shutdown().get(10, TimeUnit.SECONDS);
      server.exit();

      assertThat(status.get(10, TimeUnit.SECONDS)).isZero();
    }
  }

  /** Collects what the server announces and finds the port in it. */
  private static final class PipedAnnouncement {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    int awaitPort() throws InterruptedException {
      Pattern port = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
      for (int i = 0; i < 300; i++) {
        Matcher matcher = port.matcher(bytes.toString(StandardCharsets.UTF_8));
        if (matcher.find()) {
          return Integer.parseInt(matcher.group(1));
        }
        Thread.sleep(20);
      }
      throw new AssertionError("no port announced: " + bytes.toString(StandardCharsets.UTF_8));
    }
  }
}

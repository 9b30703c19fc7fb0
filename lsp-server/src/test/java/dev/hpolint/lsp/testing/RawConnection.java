package dev.hpolint.lsp.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.hpolint.lsp.LanguageServerLauncher;
import dev.hpolint.lsp.ServerOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A connection to the server that writes raw bytes, so tests can send what no well-behaved client
 * library would: broken headers, malformed JSON, parameters of the wrong type.
 */
public final class RawConnection implements AutoCloseable {
  private final Pipes toServer = Pipes.open();
  private final Pipes toClient = Pipes.open();
  private final LanguageServerLauncher.Running running;
  private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
  private final Thread reader;

  public RawConnection(Duration debounce) {
    running =
        LanguageServerLauncher.start(
            toServer.in(), toClient.out(), ServerOptions.DEFAULT.withDebounce(debounce));
    reader = new Thread(this::readFrames, "raw-client-reader");
    reader.setDaemon(true);
    reader.start();
  }

  public LanguageServerLauncher.Running running() {
    return running;
  }

  public void sendBytes(String raw) {
    try {
      toServer.out().write(raw.getBytes(StandardCharsets.UTF_8));
      toServer.out().flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends a body with a correct Content-Length header. */
  public void send(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    sendBytes("Content-Length: " + bytes.length + "\r\n\r\n" + body);
  }

  public void request(int id, String method, String params) {
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":"
            + id
            + ",\"method\":\""
            + method
            + "\",\"params\":"
            + params
            + "}");
  }

  public void notify(String method, String params) {
    send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
  }

  /** Waits for the response to a request id. */
  public JsonObject response(int id) {
    return await(m -> m.has("id") && !m.has("method") && m.get("id").getAsInt() == id);
  }

  public JsonObject await(Predicate<JsonObject> test) {
    long deadline = System.nanoTime() + LspSession.WAIT.toNanos();
    java.util.List<JsonObject> skipped = new java.util.ArrayList<>();
    try {
      while (System.nanoTime() < deadline) {
        JsonObject message = received.poll(50, TimeUnit.MILLISECONDS);
        if (message == null) {
          continue;
        }
        if (test.test(message)) {
          received.addAll(skipped);
          return message;
        }
        skipped.add(message);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    received.addAll(skipped);
    throw new AssertionError("no matching message; got " + skipped);
  }

  private void readFrames() {
    InputStream in = toClient.in();
    try {
      while (true) {
        int length = -1;
        String line;
        while (!(line = readLine(in)).isEmpty()) {
          if (line.toLowerCase().startsWith("content-length:")) {
            length = Integer.parseInt(line.substring(15).trim());
          }
        }
        byte[] body = in.readNBytes(length);
        JsonElement message = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
        received.add(message.getAsJsonObject());
      }
    } catch (IOException | RuntimeException e) {
      // The connection closed.
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        break;
      }
      if (c != '\r') {
        line.write(c);
      }
    }
    if (c == -1) {
      throw new IOException("end of stream");
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    running.close();
    toServer.close();
    toClient.close();
  }
}

package dev.hpolint.lsp;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Passes on only well-framed messages ({@code Content-Length: N}, a blank line, N bytes) to LSP4J's
 * reader. LSP4J does not skip the body of a frame whose header it cannot read, so one bad header
 * glues every later message to the previous body and the server goes deaf for good. Here a bad
 * header block is dropped and reading picks up again at the next {@code Content-Length}, even one
 * that follows stray bytes on the same line.
 */
final class FrameGuard extends InputStream {
  private static final String LENGTH = "content-length:";

  /** Far above any request (documents are capped at 16 M characters), far below the heap. */
  private static final int MAX_BODY = 128 * 1024 * 1024;

  private final InputStream in;
  private final Consumer<String> warn;
  private byte[] frame = new byte[0];
  private int position;

  FrameGuard(InputStream in, Consumer<String> warn) {
    this.in = new BufferedInputStream(in);
    this.warn = warn;
  }

  @Override
  public int read() throws IOException {
    if (!fill()) {
      return -1;
    }
    return frame[position++] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int count = Math.min(length, frame.length - position);
    System.arraycopy(frame, position, buffer, offset, count);
    position += count;
    return count;
  }

  @Override
  public int available() {
    return frame.length - position;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Makes sure there are bytes to hand out; false at the end of the stream. */
  private boolean fill() throws IOException {
    while (position >= frame.length) {
      byte[] next = nextFrame();
      if (next == null) {
        return false;
      }
      frame = next;
      position = 0;
    }
    return true;
  }

  private byte[] nextFrame() throws IOException {
    while (true) {
      int length = -1;
      boolean sawHeader = false;
      String line;
      while ((line = readLine()) != null && !line.isEmpty()) {
        int at = line.toLowerCase(Locale.ROOT).indexOf(LENGTH);
        if (at < 0) {
          // Another header (Content-Type) or stray bytes: neither tells where a body ends.
          sawHeader |= line.indexOf(':') > 0;
          continue;
        }
        sawHeader = true;
        length = parseLength(line.substring(at + LENGTH.length()).trim());
      }
      if (line == null) {
        return null;
      }
      if (length < 0) {
        warn.accept(
            sawHeader
                ? "skipped a message without a valid Content-Length header"
                : "skipped bytes that are not a message");
        continue;
      }
      byte[] body = in.readNBytes(length);
      if (body.length < length) {
        return null;
      }
      byte[] header =
          ("Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] out = new byte[header.length + body.length];
      System.arraycopy(header, 0, out, 0, header.length);
      System.arraycopy(body, 0, out, header.length, body.length);
      return out;
    }
  }

  private static int parseLength(String text) {
    if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    long value = Long.parseLong(text);
    return value > MAX_BODY ? -1 : (int) value;
  }

  /** One header line without its line end; null at the end of the stream. */
  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        break;
      }
      if (c != '\r' && line.size() < 8192) {
        line.write(c);
      }
    }
    if (c == -1 && line.size() == 0) {
      return null;
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}

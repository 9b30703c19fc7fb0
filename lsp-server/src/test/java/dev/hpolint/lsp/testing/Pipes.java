package dev.hpolint.lsp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;

/**
 * One direction of an in-process connection. NIO pipes rather than {@code PipedInputStream}, which
 * fails with "write end dead" once a thread that wrote to it ends, and servers write from pools.
 */
public record Pipes(InputStream in, OutputStream out, Pipe pipe) {

  public static Pipes open() {
    try {
      Pipe pipe = Pipe.open();
      return new Pipes(
          Channels.newInputStream(pipe.source()), Channels.newOutputStream(pipe.sink()), pipe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void close() {
    try {
      pipe.sink().close();
      pipe.source().close();
    } catch (IOException e) {
      // Closing a test connection; nothing to do.
    }
  }
}

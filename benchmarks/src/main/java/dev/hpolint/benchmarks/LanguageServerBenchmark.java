package dev.hpolint.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an editor user waits for, measured through a real JSON-RPC connection:
 *
 * <ul>
 *   <li>{@code changeToDiagnostics}: from sending a one-character change to receiving the findings
 *       for that version. The debounce is set to zero so the figure is the server's own work
 *       (reading the change, applying it, deciding the file is a tuning job, linting, converting,
 *       publishing), not the pause it deliberately waits while the user types.
 *   <li>{@code completion}: from typing a character to receiving the completion list at it, with
 *       the default debounce, as while typing: linting stays deferred.
 * </ul>
 *
 * Each is run on a typical request of about 5 KB and on a 1 MB one (the typical request with its
 * static hyperparameters padded out).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class LanguageServerBenchmark {
  private static final String URI = "file:///bench/job.yaml";

  @Param({"5KB", "1MB"})
  public String size;

  private Connection linting;
  private Connection typing;
  private String text;
  private Position nameEnd;
  private Position instanceTypeValue;
  private int version = 1;
  private boolean inserted;

  @Setup(Level.Trial)
  public void start() throws Exception {
    String typical = resource("typical.yaml");
    text = size.equals("1MB") ? padded(typical, 1024 * 1024) : typical;
    nameEnd = endOf(text, "HyperParameterTuningJobName: xgb-churn-bayes-2024-06");
    instanceTypeValue = endOf(text, "    InstanceType: ");
    linting = new Connection(Duration.ZERO);
    linting.open(URI, text);
    typing = new Connection(Duration.ofMillis(200));
    typing.open(URI, text);
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    linting.close();
    typing.close();
  }

  @Benchmark
  public PublishDiagnosticsParams changeToDiagnostics() throws Exception {
    return linting.change(URI, ++version, typeOrUndo()).get(60, TimeUnit.SECONDS);
  }

  @Benchmark
  public Object completion() throws Exception {
    typing.send(URI, ++version, typeOrUndo());
    return typing
        .server()
        .getTextDocumentService()
        .completion(new CompletionParams(new TextDocumentIdentifier(URI), instanceTypeValue))
        .get(60, TimeUnit.SECONDS);
  }

  /** Types one character at the end of the job name, or deletes it again, so the text stays put. */
  private TextDocumentContentChangeEvent typeOrUndo() {
    inserted = !inserted;
    Position after = new Position(nameEnd.getLine(), nameEnd.getCharacter() + 1);
    return inserted
        ? new TextDocumentContentChangeEvent(new Range(nameEnd, nameEnd), "x")
        : new TextDocumentContentChangeEvent(new Range(nameEnd, after), "");
  }

  /** The typical request with static hyperparameters added until it reaches the size. */
  static String padded(String typical, int size) {
    String anchor = "  StaticHyperParameters:\n";
    int at = typical.indexOf(anchor) + anchor.length();
    StringBuilder padding = new StringBuilder();
    int i = 0;
    while (typical.length() + padding.length() < size) {
      padding
          .append("    feature_weight_")
          .append(i++)
          .append(": '0.")
          .append(i % 1000)
          .append("'\n");
    }
    return typical.substring(0, at) + padding + typical.substring(at);
  }

  private static Position endOf(String text, String line) {
    int offset = text.indexOf(line);
    if (offset < 0) {
      throw new IllegalStateException("the benchmark document lost the line " + line);
    }
    int lineNo = 0;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        lineNo++;
        lineStart = i + 1;
      }
    }
    return new Position(lineNo, offset - lineStart + line.length());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = LanguageServerBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing benchmark resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

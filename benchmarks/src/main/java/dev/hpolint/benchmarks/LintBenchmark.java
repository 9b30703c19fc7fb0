package dev.hpolint.benchmarks;

import dev.hpolint.api.LintConfig;
import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm lint time of one typical request (about 5 KB), as an editor or a build sees it once the
 * linter is made: parse, schema validation and every rule. {@link #schemaOnly} runs the same
 * document with the schema check alone, to show what the cross-field rules cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LintBenchmark {
  private Linter linter;
  private Linter schemaOnlyLinter;
  private SourceText json;

  @Setup
  public void setUp() throws IOException {
    linter = Linter.create(LintConfig.DEFAULT);
    schemaOnlyLinter = Linter.schemaOnly(LintConfig.DEFAULT);
    json = new SourceText("typical-request.json", read("typical-request.json"), Syntax.JSON);
  }

  @Benchmark
  public LintResult allRules() {
    return linter.lint(json);
  }

  @Benchmark
  public LintResult schemaOnly() {
    return schemaOnlyLinter.lint(json);
  }

  /** Making a linter: compiling the schema and loading the rules, once per process. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Measurement(iterations = 5)
  @Warmup(iterations = 0)
  public Linter createLinter() {
    return Linter.create(LintConfig.DEFAULT);
  }

  private static String read(String name) throws IOException {
    try (InputStream in =
        LintBenchmark.class.getResourceAsStream("/dev/hpolint/benchmarks/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

package dev.hpolint.rules;

import dev.hpolint.rules.ast.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems of one rule file, up to a bound: a file that is wrong everywhere (or is not
 * a rule file at all) yields a readable list, not thousands of lines.
 */
public final class RuleProblems {
  public static final int MAX_PROBLEMS = 50;

  private final String file;
  private final String[] lines;
  private final List<RuleProblem> problems = new ArrayList<>();
  private boolean truncated;

  public RuleProblems(String file, String text) {
    this.file = file;
    this.lines = text.split("\r\n|\r|\n", -1);
  }

  public String file() {
    return file;
  }

  public void add(Span span, String message) {
    add(span.line(), span.column(), span.length(), message);
  }

  public void add(int line, int column, int length, String message) {
    if (problems.size() >= MAX_PROBLEMS) {
      truncated = true;
      return;
    }
    String source = line >= 0 && line < lines.length ? lines[line] : "";
    problems.add(new RuleProblem(file, line, column, length, message, source));
  }

  /** True once the bound is reached; parsing stops there. */
  public boolean full() {
    return problems.size() >= MAX_PROBLEMS;
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems in file order; a last line says when some were left out. */
  public List<RuleProblem> list() {
    List<RuleProblem> sorted = new ArrayList<>(problems);
    sorted.sort(
        (a, b) ->
            a.line() != b.line() ? Integer.compare(a.line(), b.line()) : a.column() - b.column());
    if (truncated) {
      sorted.add(
          new RuleProblem(
              file,
              0,
              0,
              0,
              "too many problems; only the first " + MAX_PROBLEMS + " are shown",
              ""));
    }
    return Collections.unmodifiableList(sorted);
  }
}

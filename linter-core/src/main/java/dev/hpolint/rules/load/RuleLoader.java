package dev.hpolint.rules.load;

import dev.hpolint.rules.RuleProblem;
import dev.hpolint.rules.RuleProblems;
import dev.hpolint.rules.ast.RuleDecl;
import dev.hpolint.rules.ast.RuleFile;
import dev.hpolint.rules.eval.FunctionRegistry;
import dev.hpolint.rules.parse.RuleParser;
import dev.hpolint.schema.SchemaModel;
import java.util.List;

/**
 * Reads and checks a rule file. A file with any problem is not used at all: every problem is
 * reported, like a compiler, and the caller decides (a built-in file fails the build's tests; a
 * team's file stops the run with the list of problems).
 */
public final class RuleLoader {
  /** Rule files are small; a larger file is not one. */
  public static final int MAX_CHARS = 1_000_000;

  private final SchemaModel schema;
  private final FunctionRegistry functions;

  public RuleLoader(SchemaModel schema, FunctionRegistry functions) {
    this.schema = schema;
    this.functions = functions;
  }

  /** The checked rules (null when there are problems) and the problems. */
  public record Result(RuleFile file, List<RuleProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return file != null && problems.isEmpty();
    }
  }

  public Result load(String fileName, String text) {
    RuleProblems problems = new RuleProblems(fileName, text);
    if (text.length() > MAX_CHARS) {
      problems.add(
          0, 0, 1, "the file has more than " + MAX_CHARS + " characters; it is not a rule file");
      return new Result(null, problems.list());
    }
    RuleFile file = RuleParser.parse(fileName, text, problems);
    if (file == null || !problems.isEmpty()) {
      return new Result(null, problems.list());
    }
    RuleChecker checker = new RuleChecker(schema, functions, problems);
    try {
      for (RuleDecl rule : file.rules()) {
        checker.check(rule);
      }
    } catch (StackOverflowError e) {
      problems.add(0, 0, 1, "the rule file nests too deeply to check");
    }
    return problems.isEmpty() ? new Result(file, List.of()) : new Result(null, problems.list());
  }
}

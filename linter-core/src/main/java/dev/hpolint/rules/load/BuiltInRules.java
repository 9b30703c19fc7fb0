package dev.hpolint.rules.load;

import dev.hpolint.rules.RuleProblem;
import dev.hpolint.rules.builtin.StandardFunctions;
import dev.hpolint.rules.eval.Budget;
import dev.hpolint.rules.eval.RuleFileCheck;
import dev.hpolint.schema.SchemaModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule files that ship with hpolint, listed in {@code rules/index.txt} of the schema module,
 * loaded and checked once per process. A broken built-in file is a bug of hpolint: a test loads
 * them all and fails on any problem, and at run time a broken file is left out rather than stopping
 * a user's lint.
 */
public final class BuiltInRules {
  public static final String FOLDER = "/dev/hpolint/schema/rules/";
  public static final String INDEX = FOLDER + "index.txt";

  private static volatile BuiltInRules loaded;

  private final List<RuleFileCheck> checks;
  private final List<RuleProblem> problems;

  private BuiltInRules(List<RuleFileCheck> checks, List<RuleProblem> problems) {
    this.checks = List.copyOf(checks);
    this.problems = List.copyOf(problems);
  }

  public static BuiltInRules get() {
    BuiltInRules rules = loaded;
    if (rules == null) {
      synchronized (BuiltInRules.class) {
        rules = loaded;
        if (rules == null) {
          rules = loaded = load(SchemaModel.bundled());
        }
      }
    }
    return rules;
  }

  /** The checks of every file that loaded cleanly. */
  public List<RuleFileCheck> checks() {
    return checks;
  }

  /** Problems of the built-in files; empty in a correct build. */
  public List<RuleProblem> problems() {
    return problems;
  }

  public static List<String> fileNames() {
    String index = read(INDEX);
    List<String> names = new ArrayList<>();
    if (index == null) {
      return names;
    }
    for (String line : index.split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    return names;
  }

  private static BuiltInRules load(SchemaModel schema) {
    RuleLoader loader = new RuleLoader(schema, StandardFunctions.registry());
    List<RuleFileCheck> checks = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    for (String name : fileNames()) {
      String text = read(FOLDER + name);
      if (text == null) {
        problems.add(new RuleProblem(name, 0, 0, 0, "listed in index.txt but missing", ""));
        continue;
      }
      RuleLoader.Result result = loader.load(name, text);
      if (result.ok()) {
        checks.add(
            new RuleFileCheck(
                result.file(), "built-in", StandardFunctions.registry(), Budget.DEFAULT_STEPS));
      } else {
        problems.addAll(result.problems());
      }
    }
    return new BuiltInRules(checks, problems);
  }

  private static String read(String resource) {
    try (InputStream in = BuiltInRules.class.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}

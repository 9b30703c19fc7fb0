package dev.hpolint.schema;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.fix.TextEdits;
import dev.hpolint.tree.StringNode;
import java.util.ArrayList;
import java.util.List;

/**
 * HPO-NAME-PATTERN: job and definition names are 1 to 32 (definitions: 64) letters, digits and
 * hyphens, starting and ending with a letter or digit. One finding says everything that is wrong
 * with a name, and offers the nearest valid name.
 */
final class NameFindings {

  private NameFindings() {}

  static Diagnostic invalidName(
      TextEdits edits, StringNode name, Shape shape, String label, PatternWords words) {
    String value = name.value();
    int max = shape.maxLength() == null ? 32 : shape.maxLength();
    List<String> problems = new ArrayList<>();
    if (value.isEmpty()) {
      problems.add("it is empty");
    }
    if (value.length() > max) {
      problems.add("it is " + value.length() + " characters long");
    }
    String bad = value.replaceAll("[A-Za-z0-9-]", "");
    if (!bad.isEmpty()) {
      problems.add("it contains " + describeCharacters(bad));
    }
    if (value.startsWith("-") || value.endsWith("-")) {
      problems.add("it starts or ends with a hyphen");
    }
    String message =
        label
            + " "
            + SchemaWords.quote(value)
            + " is not a valid name: use "
            + words.describe(shape.name(), shape.pattern())
            + (problems.isEmpty() ? "" : " (" + String.join(", ", problems) + ")");
    List<Fix> fixes = new ArrayList<>();
    String suggestion = sanitize(value, max);
    // A warm-start parent names a job that exists already: renaming it here cannot be right.
    boolean namesExistingJob = name.pointer().startsWith("/WarmStartConfig/");
    if (!namesExistingJob && !suggestion.isEmpty() && !suggestion.equals(value)) {
      fixes.add(
          new Fix(
              "Rename to " + suggestion,
              List.of(edits.replaceWithString(name, suggestion)),
              false));
    }
    return new Diagnostic(
        SchemaIds.NAME_PATTERN,
        Severity.ERROR,
        message,
        name.pointer(),
        name.range(),
        fixes,
        List.of());
  }

  /** The nearest valid name: other characters become hyphens, runs collapse, the length is cut. */
  static String sanitize(String value, int max) {
    String cleaned = value.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (cleaned.length() > max) {
      cleaned = cleaned.substring(0, max).replaceAll("-+$", "");
    }
    return cleaned;
  }

  private static String describeCharacters(String bad) {
    StringBuilder out = new StringBuilder();
    bad.codePoints()
        .distinct()
        .limit(5)
        .forEach(
            c -> {
              if (out.length() > 0) {
                out.append(' ');
              }
              out.append(
                  c == '_'
                      ? "an underscore"
                      : c == ' ' ? "a space" : "'" + new String(Character.toChars(c)) + "'");
            });
    return out.toString();
  }
}

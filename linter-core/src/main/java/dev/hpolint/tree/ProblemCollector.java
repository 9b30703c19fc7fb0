package dev.hpolint.tree;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.RelatedLocation;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.source.Range;
import dev.hpolint.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems a reader meets, including duplicate keys found while building objects. */
final class ProblemCollector {
  private final SourceText source;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final List<StringNode[]> duplicateKeys = new ArrayList<>();

  ProblemCollector(SourceText source) {
    this.source = source;
  }

  void syntax(int offset, String message) {
    add(ParseIds.SYNTAX_ERROR, offset, message);
  }

  void limit(int offset, String message) {
    add(ParseIds.LIMIT, offset, message);
  }

  private void add(String id, int offset, String message) {
    int end = Math.min(source.text().length(), offset + 1);
    problems.add(new Diagnostic(id, Severity.ERROR, message, "", source.range(offset, end)));
  }

  /**
   * Remembers a key that repeats an earlier one; reported once the tree (and so its pointer)
   * exists.
   */
  void duplicateKey(StringNode first, StringNode again) {
    duplicateKeys.add(new StringNode[] {first, again});
  }

  List<Diagnostic> problems() {
    for (StringNode[] pair : duplicateKeys) {
      StringNode first = pair[0];
      StringNode again = pair[1];
      Range firstRange = first.range();
      String message =
          String.format(
              "Duplicate key %s: it is already defined on line %d; parsers silently keep only the"
                  + " last value, so remove or rename one of them",
              again.value(), firstRange.start().line() + 1);
      String pointer = again.parent() == null ? "" : again.pointer();
      problems.add(
          new Diagnostic(
              ParseIds.DUPLICATE_KEY,
              Severity.ERROR,
              message,
              pointer,
              again.range(),
              List.of(),
              List.of(new RelatedLocation(firstRange, "first definition of " + first.value()))));
    }
    duplicateKeys.clear();
    return problems;
  }
}
